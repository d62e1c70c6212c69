package org.mutabaa.notifications.service.rendering;

import java.util.Map;

/** Words of the events shown to people, in Arabic and English. */
public final class Labels {

    private static final Map<String, String[]> STATUS = Map.of(
            "OPEN", new String[] {"مفتوحة", "open"},
            "IN_PROGRESS", new String[] {"قيد التنفيذ", "in progress"},
            "BLOCKED", new String[] {"متوقفة", "blocked"},
            "DONE", new String[] {"منجزة", "done"},
            "CANCELLED", new String[] {"ملغاة", "cancelled"});

    private static final Map<String, String[]> FIELD = Map.of(
            "textAr", new String[] {"النص", "text"},
            "textEn", new String[] {"النص", "text"},
            "authoritativeLanguage", new String[] {"اللغة المعتمدة", "authoritative language"},
            "type", new String[] {"نوع القرار", "type"},
            "agendaItem", new String[] {"بند جدول الأعمال", "agenda item"},
            "dueDate", new String[] {"تاريخ الاستحقاق", "due date"},
            "dueInWorkingDays", new String[] {"مهلة الإنجاز بأيام العمل", "due in working days"},
            "ownerIds", new String[] {"المسؤولون", "owners"},
            "ownerOrganisationIds", new String[] {"الجهات المسؤولة", "owning organisations"},
            "actionItems", new String[] {"بنود العمل", "action items"});

    private Labels() {
    }

    public static String status(String status, boolean ar) {
        String[] label = STATUS.get(status);
        return label == null ? status : label[ar ? 0 : 1];
    }

    public static String field(String field, boolean ar) {
        String[] label = FIELD.get(field);
        return label == null ? field : label[ar ? 0 : 1];
    }
}
