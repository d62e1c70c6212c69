package org.mutabaa.notifications.domain;

import java.util.UUID;

/** An official to tell, with what the event says of them. */
public record Recipient(UUID officialId, String language, String nameAr, String nameEn, String titleAr,
                        String titleEn, Notification.Reason reason) {

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

    static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
