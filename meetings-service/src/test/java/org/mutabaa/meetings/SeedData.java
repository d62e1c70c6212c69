package org.mutabaa.meetings;

import io.restassured.http.ContentType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Records (a part of) the seed meeting through the API: the Syrian–Omani ministerial meeting,
 * with the report's real names and sentences.
 */
public final class SeedData {

    public static final String KHATIB_AR = "إياد الخطيب";
    public static final String MAAWALI_AR = "سعيد المعولي";
    public static final String DECISION_2_AR = "الجانب السوري طلب من الجانب العماني التعاون بهدف نقل الخبرة المتقدمة "
            + "لدى الجانب العماني في هذا المجال إلى فريق العمل الموجود في سورية ورحب الجانب العماني بهذا الموضوع.";
    public static final String NANS_DG_TITLE_AR = "مدير عام الهيئة الوطنية لخدمات الشبكة";

    public String syMinistry;
    public String omMinistry;
    public String khatib;
    public String maawali;
    public String nansDirectorGeneral;
    public String omUndersecretary;
    public String meeting;

    public static SeedData record() {
        SeedData s = new SeedData();
        s.syMinistry = post("/organisations", Map.of("kind", "MINISTRY", "countryCode", "SY",
                "nameAr", "وزارة الاتصالات والتقانة", "nameEn", "Ministry of Communications and Technology"));
        s.omMinistry = post("/organisations", Map.of("kind", "MINISTRY", "countryCode", "OM",
                "nameAr", "وزارة النقل والاتصالات وتقنية المعلومات",
                "nameEn", "Ministry of Transport, Communications and Information Technology"));
        s.khatib = post("/officials", Map.of("organisationId", s.syMinistry, "nameAr", KHATIB_AR,
                "nameEn", "Iyad al-Khatib", "titleAr", "وزير الاتصالات والتقانة", "preferredLanguage", "ar"));
        s.maawali = post("/officials", Map.of("organisationId", s.omMinistry, "nameAr", MAAWALI_AR,
                "nameEn", "Saeed al-Maawali", "titleAr", "وزير النقل والاتصالات", "preferredLanguage", "ar"));
        s.nansDirectorGeneral = post("/officials", Map.of("organisationId", s.syMinistry,
                "titleAr", NANS_DG_TITLE_AR,
                "titleEn", "Director General of the National Agency for Network Services", "preferredLanguage", "ar"));
        s.omUndersecretary = post("/officials", Map.of("organisationId", s.omMinistry,
                "titleEn", "Undersecretary for e-government and digital transformation", "preferredLanguage", "en",
                "timeZone", "Asia/Muscat"));
        s.meeting = post("/meetings", meetingBody(s));
        return s;
    }

    /** The seed meeting's body (held, public, two delegations, two agenda items). */
    public static Map<String, Object> meetingBody(SeedData s) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("titleAr", "اجتماع وزير الاتصالات والتقانة إياد الخطيب مع وزير النقل والاتصالات في سلطنة عمان سعيد المعولي");
        meeting.put("kind", "BILATERAL");
        meeting.put("modality", "VIRTUAL");
        meeting.put("platform", "Zoom (منصة زوم)");
        meeting.put("startsAt", OffsetDateTime.parse("2026-11-27T11:00:00+03:00").toString());
        meeting.put("timeZone", "Asia/Damascus");
        meeting.put("classification", "PUBLIC");
        meeting.put("status", "HELD");
        meeting.put("delegations", List.of(
                Map.of("countryCode", "SY", "organisationId", s.syMinistry, "participants", List.of(
                        Map.of("officialId", s.khatib, "role", "HEAD"),
                        Map.of("officialId", s.nansDirectorGeneral, "role", "MEMBER"))),
                Map.of("countryCode", "OM", "organisationId", s.omMinistry, "participants", List.of(
                        Map.of("officialId", s.maawali, "role", "HEAD"),
                        Map.of("officialId", s.omUndersecretary, "role", "MEMBER")))));
        meeting.put("agenda", List.of(
                Map.of("titleAr", "تطوير إستراتيجية أمن المعلومات السيبراني"),
                Map.of("titleAr", "المشاريع الرّائدة في مراكز الاستجابة للطوارئ المعلوماتية",
                        "titleEn", "Computer emergency response centres (CERTs)")));
        return meeting;
    }

    /** A draft of the seed's second decision, owned by the Omani undersecretary and the Syrian DG. */
    public Map<String, Object> decisionTwo() {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("agendaItem", 2);
        decision.put("type", "REQUEST");
        decision.put("textAr", DECISION_2_AR);
        decision.put("textEn", "The Syrian side asked the Omani side to transfer its information-security expertise.");
        decision.put("dueDate", "2027-03-31");
        decision.put("ownerIds", new ArrayList<>(List.of(omUndersecretary, nansDirectorGeneral)));
        return decision;
    }

    public static String post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201).extract().path("id");
    }
}
