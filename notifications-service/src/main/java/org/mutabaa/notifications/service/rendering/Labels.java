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

    private static final Map<String, String[]> FIELD = Map.ofEntries(
            Map.entry("textAr", new String[] {"النص", "text"}),
            Map.entry("textEn", new String[] {"النص", "text"}),
            Map.entry("authoritativeLanguage", new String[] {"اللغة المعتمدة", "authoritative language"}),
            Map.entry("type", new String[] {"نوع القرار", "type"}),
            Map.entry("agendaItem", new String[] {"بند جدول الأعمال", "agenda item"}),
            Map.entry("dueDate", new String[] {"تاريخ الاستحقاق", "due date"}),
            Map.entry("dueInWorkingDays", new String[] {"مهلة الإنجاز بأيام العمل", "due in working days"}),
            Map.entry("ownerIds", new String[] {"المسؤولون", "owners"}),
            Map.entry("ownerOrganisationIds", new String[] {"الجهات المسؤولة", "owning organisations"}),
            Map.entry("actionItems", new String[] {"بنود العمل", "action items"}),
            Map.entry("counterparts", new String[] {"القائمون بالمتابعة ونظراؤهم", "leads and counterparts"}),
            Map.entry("meeting", new String[] {"بيانات الاجتماع (العنوان أو الموعد أو الوفود أو جدول الأعمال)", "the meeting's record (title, time, delegations or agenda)"}));

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

    private static final String[] QUARTERS_AR = {"الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"};
    private static final String[] QUARTERS_EN = {"first quarter", "second quarter", "third quarter", "fourth quarter"};

    /** A quarter (2027-Q1) as a reader says it: "الربع الأول من عام 2027", "the first quarter of 2027". */
    public static String quarter(String period, boolean ar) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(period);
        if (!m.matches()) {
            return period;
        }
        int q = Integer.parseInt(m.group(2)) - 1;
        return ar ? QUARTERS_AR[q] + " من عام " + m.group(1) : "the " + QUARTERS_EN[q] + " of " + m.group(1);
    }
}
