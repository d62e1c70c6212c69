package org.mutabaa.notifications.domain;

import java.util.UUID;

/**
 * An official to tell: why, and what we know of them (from the directory projection where we
 * have them, else from the event); or ({@code byAddress}) a focal point outside the directory.
 */
public record Recipient(UUID officialId, String language, String nameAr, String nameEn, String titleAr,
                        String titleEn, Notification.Reason reason, String timeZone, UUID organisationId,
                        String countryCode, String email, boolean byAddress) {

    /**
     * A focal point outside the directory, told by mail at {@code email} only: its id is derived from
     * the address, so that it is told once per event however often the event arrives.
     */
    public static Recipient atAddress(String email, String language, String nameAr, String nameEn,
                                      Notification.Reason reason, String timeZone, UUID organisationId,
                                      String countryCode) {
        String mailbox = email.trim();
        return new Recipient(addressId(mailbox), language(language), nameAr, nameEn, null, null, reason, timeZone,
                organisationId, countryCode, mailbox, true);
    }

    /** The recipient id of an address: the same for the same mailbox, whatever its letters' case. */
    public static UUID addressId(String email) {
        return UUID.nameUUIDFromBytes(("mailto:" + email.trim().toLowerCase(java.util.Locale.ROOT))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** ar unless the official asked for en. */
    public static String language(String preferred) {
        return "en".equals(preferred) ? "en" : "ar";
    }

    /** How to address them: name, else title, in their language first, then the other. */
    public String salutation() {
        return "ar".equals(language)
                ? first(nameAr, nameEn, titleAr, titleEn)
                : first(nameEn, nameAr, titleEn, titleAr);
    }

    public static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
