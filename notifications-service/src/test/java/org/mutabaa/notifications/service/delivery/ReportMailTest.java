package org.mutabaa.notifications.service.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mutabaa.infra.MailServer;
import org.mutabaa.infra.testkit.Contracts;
import org.mutabaa.notifications.InfraResource;
import org.mutabaa.notifications.Smtp;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mutabaa.notifications.Fixtures.*;

/**
 * The ministry's quarterly report reaches each of its focal points once, in their language: the report
 * page is the mail's body and its PDF is attached; a report too large to carry its PDF says where it is.
 */
@QuarkusTest
@WithTestResource(InfraResource.class)
class ReportMailTest {

    static final Duration MAIL = Duration.ofSeconds(90);

    @Test
    void eachFocalPointIsMailedTheReportWithItsPdfOnce() {
        String organisation = UUID.randomUUID().toString();
        ObjectNode event = report(organisation);
        assertThat(Contracts.violations("actions-service", "report-ready.v1", event.toString())).isEmpty();
        publish(InfraResource.actionsTopic, event);
        publish(InfraResource.actionsTopic, event);

        List<MailServer.Mail> mails = await().atMost(MAIL).until(() -> Smtp.about(organisation), m -> m.size() >= 2);
        Map<String, MailServer.Mail> byAddress = mails.stream().collect(Collectors.toMap(MailServer.Mail::to, m -> m));
        assertThat(byAddress).containsOnlyKeys("followup@moct.example.sy", "planning@moct.example.sy");
        MailServer.Mail arabic = byAddress.get("followup@moct.example.sy");
        assertThat(arabic.subject()).isEqualTo("تقرير المتابعة عن الربع الأول من عام 2027: وزارة الاتصالات والتقانة");
        assertThat(arabic.text()).startsWith("مكتب المتابعة،").contains("مرفقًا بصيغة PDF")
                .contains("متأخرة: 1 (وكانت 1 في نهاية الفترة السابقة)")
                .contains("- إعداد مذكرة تفاهم حول أمن المعلومات — فاديا سليمان (32 يوم عمل)");
        assertThat(arabic.html()).isEqualTo(data(event).get("html").asText());
        assertThat(arabic.attachments()).hasSize(1);
        assertThat(arabic.attachments().get(0).name()).isEqualTo(data(event).get("pdfName").asText());
        assertThat(arabic.attachments().get(0).bytes()).isEqualTo(Base64.getDecoder().decode(data(event).get("pdf").asText()));
        MailServer.Mail english = byAddress.get("planning@moct.example.sy");
        assertThat(english.subject())
                .isEqualTo("Follow-up report for the first quarter of 2027: Ministry of Communications and Technology");
        assertThat(english.text()).startsWith("Dear Planning Office,").contains("Late: 1 (1 at the end of the period before)");
        assertThat(english.attachments()).hasSize(1);

        // A later event on the same key is mailed only after the repeated one was read: still two.
        ObjectNode without = report(organisation);
        data(without).remove("pdf");
        data(without).remove("pdfName");
        data(without).put("period", "2027-Q2").put("from", "2027-04-01").put("to", "2027-06-30");
        publish(InfraResource.actionsTopic, without);
        List<MailServer.Mail> all = await().atMost(MAIL).until(() -> Smtp.about(organisation), m -> m.size() >= 4);
        assertThat(all).hasSize(4);
        MailServer.Mail second = all.stream().filter(m -> m.subject().contains("الربع الثاني")).findFirst().orElseThrow();
        assertThat(second.attachments()).isEmpty();
        assertThat(second.text()).doesNotContain("PDF");
    }

    /** The ReportReady example for a new organisation, to two addresses of its offices. */
    static ObjectNode report(String organisation) {
        ObjectNode event = read("actions-service/report-ready.v1.example.json");
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", "organisations/" + organisation + "/reports/2027-Q1");
        ObjectNode data = data(event);
        data.put("organisationId", organisation);
        ArrayNode recipients = data.putArray("recipients");
        recipients.addObject().put("organisationId", organisation).put("email", "followup@moct.example.sy")
                .put("nameAr", "مكتب المتابعة").put("preferredLanguage", "ar");
        recipients.addObject().put("organisationId", organisation).put("email", "planning@moct.example.sy")
                .put("nameEn", "Planning Office").put("preferredLanguage", "en");
        return event;
    }
}
