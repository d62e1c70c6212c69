package org.mutabaa.notifications.domain;

import java.util.UUID;

/**
 * An official to tell: why, and what we know of them (from the directory projection where we
 * have them, else from the event).
 */
public record Recipient(UUID officialId, String language, String nameAr, String nameEn, String titleAr,
                        String titleEn, Notification.Reason reason, String timeZone, UUID organisationId,
                        String countryCode, String email) {

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
