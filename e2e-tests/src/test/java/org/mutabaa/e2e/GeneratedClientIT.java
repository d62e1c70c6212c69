package org.mutabaa.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutabaa.client.actions.api.ActionsApi;
import org.mutabaa.client.actions.model.ActionView;
import org.mutabaa.client.actions.model.ProgressReport;
import org.mutabaa.client.meetings.ApiException;
import org.mutabaa.client.meetings.api.DecisionsApi;
import org.mutabaa.client.meetings.api.MeetingsApi;
import org.mutabaa.client.meetings.api.OfficialsApi;
import org.mutabaa.client.meetings.api.OrganisationsApi;
import org.mutabaa.client.meetings.model.DecisionStatus;
import org.mutabaa.client.meetings.model.DecisionType;
import org.mutabaa.client.meetings.model.DecisionView;
import org.mutabaa.client.meetings.model.FieldError;
import org.mutabaa.client.meetings.model.Language;
import org.mutabaa.client.meetings.model.MeetingKind;
import org.mutabaa.client.meetings.model.MeetingStatus;
import org.mutabaa.client.meetings.model.MeetingView;
import org.mutabaa.client.meetings.model.Modality;
import org.mutabaa.client.meetings.model.NewAgendaItem;
import org.mutabaa.client.meetings.model.NewDecision;
import org.mutabaa.client.meetings.model.NewDelegation;
import org.mutabaa.client.meetings.model.NewMeeting;
import org.mutabaa.client.meetings.model.NewOfficial;
import org.mutabaa.client.meetings.model.NewOrganisation;
import org.mutabaa.client.meetings.model.NewParticipant;
import org.mutabaa.client.meetings.model.OfficialView;
import org.mutabaa.client.meetings.model.OrganisationKind;
import org.mutabaa.client.meetings.model.OrganisationView;
import org.mutabaa.client.meetings.model.Problem;
import org.mutabaa.client.meetings.model.Role;
import org.mutabaa.client.notifications.api.InboxApi;
import org.mutabaa.client.notifications.model.NotificationView;
import org.mutabaa.infra.testkit.TestInfra;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The README's story told through Java clients generated at build time from the committed API
 * documents (contracts/&lt;service&gt;/openapi.yaml), as a ministry's IT department would: record
 * the officials and a meeting, record a decision, adopt it, find the owners' actions and report
 * progress, read an owner's inbox, and see a bad request refused with the field named, changing
 * nothing. Every value below is a typed model of the generated clients; none is a hand-built request.
 */
@ExtendWith(SuiteExtension.class)
class GeneratedClientIT {

    private static final Consumer<HttpRequest.Builder> ADMIN =
            request -> request.header("Authorization", "Bearer " + TestInfra.adminToken());

    @Test
    void theReadmeStoryThroughClientsGeneratedFromTheCommittedDocuments() throws Exception {
        org.mutabaa.client.meetings.ApiClient meetingsClient = new org.mutabaa.client.meetings.ApiClient()
                .setRequestInterceptor(ADMIN);
        meetingsClient.updateBaseUri(base(SuiteExtension.suite().meetings().baseUri()));
        org.mutabaa.client.actions.ApiClient actionsClient = new org.mutabaa.client.actions.ApiClient()
                .setRequestInterceptor(ADMIN);
        actionsClient.updateBaseUri(base(SuiteExtension.suite().actions().baseUri()));
        org.mutabaa.client.notifications.ApiClient notificationsClient = new org.mutabaa.client.notifications.ApiClient()
                .setRequestInterceptor(ADMIN);
        notificationsClient.updateBaseUri(base(SuiteExtension.suite().notifications().baseUri()));

        OrganisationsApi organisations = new OrganisationsApi(meetingsClient);
        OfficialsApi officials = new OfficialsApi(meetingsClient);
        MeetingsApi meetings = new MeetingsApi(meetingsClient);
        DecisionsApi decisions = new DecisionsApi(meetingsClient);

        String run = UUID.randomUUID().toString().substring(0, 8);
        OrganisationView syria = organisations.createOrganisation(new NewOrganisation().kind(OrganisationKind.MINISTRY)
                .countryCode("SY").nameAr("وزارة الاتصالات والتقانة").nameEn("Ministry of Communications and Technology"));
        OrganisationView oman = organisations.createOrganisation(new NewOrganisation().kind(OrganisationKind.MINISTRY)
                .countryCode("OM").nameAr("وزارة النقل والاتصالات وتقنية المعلومات")
                .nameEn("Ministry of Transport, Communications and Information Technology"));
        OfficialView suleiman = officials.createOfficial(new NewOfficial().organisationId(syria.getId())
                .nameAr("فاديا سليمان").nameEn("Fadia Suleiman")
                .titleAr("معاونة وزير الاتصالات والتقانة").titleEn("Deputy Minister of Communications and Technology")
                .email("fadia.suleiman." + run + "@moct.example.sy").preferredLanguage(Language.AR)
                .timeZone("Asia/Damascus"));
        OfficialView maawali = officials.createOfficial(new NewOfficial().organisationId(oman.getId())
                .nameAr("سعيد المعولي").nameEn("Saeed al-Maawali")
                .titleAr("وزير النقل والاتصالات وتقنية المعلومات").titleEn("Minister of Transport, Communications and IT")
                .email("saeed.maawali." + run + "@mtcit.example.om").preferredLanguage(Language.AR)
                .timeZone("Asia/Muscat"));
        assertThat(suleiman.getNameAr()).isEqualTo("فاديا سليمان");

        NewMeeting meeting = new NewMeeting()
                .titleAr("اجتماع وزيري الاتصالات في سورية وسلطنة عمان").titleEn("Syrian and Omani ministers of communications")
                .kind(MeetingKind.BILATERAL).modality(Modality.VIRTUAL).platform("Zoom")
                .startsAt(OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)).timeZone("Asia/Damascus")
                .status(MeetingStatus.HELD)
                .delegations(List.of(
                        new NewDelegation().countryCode("SY").organisationId(syria.getId())
                                .participants(List.of(new NewParticipant().officialId(suleiman.getId()).role(Role.HEAD))),
                        new NewDelegation().countryCode("OM").organisationId(oman.getId())
                                .participants(List.of(new NewParticipant().officialId(maawali.getId()).role(Role.HEAD)))))
                .agenda(List.of(new NewAgendaItem().titleAr("أمن المعلومات").titleEn("Information security")));
        MeetingView recorded = meetings.createMeeting(meeting);
        assertThat(recorded.getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(recorded.getDelegations()).hasSize(2);

        String text = "نقل الخبرة المتقدمة لدى الجانب العماني في مجال أمن المعلومات إلى فريق العمل في سورية";
        DecisionView draft = meetings.recordDecision(MeetingsApi.APIRecordDecisionRequest.newBuilder()
                .id(recorded.getId())
                .newDecision(new NewDecision().agendaItem(1).type(DecisionType.REQUEST).textAr(text)
                        .textEn("Transfer Oman's advanced information security expertise to the team in Syria")
                        .ownerIds(List.of(suleiman.getId(), maawali.getId())))
                .build());
        assertThat(draft.getStatus()).isEqualTo(DecisionStatus.DRAFT);
        DecisionView adopted = decisions.adoptDecision(draft.getId());
        assertThat(adopted.getStatus()).isEqualTo(DecisionStatus.ADOPTED);
        assertThat(adopted.getTextAr()).isEqualTo(text);

        ActionsApi actions = new ActionsApi(actionsClient);
        List<ActionView> owned = await().atMost(Duration.ofMinutes(2)).until(
                () -> actions.listActions(ActionsApi.APIListActionsRequest.newBuilder().decisionId(adopted.getId()).build())
                        .getItems(),
                items -> items.size() == 2);
        assertThat(owned).extracting(a -> a.getOwner().getOfficialId())
                .containsExactlyInAnyOrder(suleiman.getId(), maawali.getId());
        ActionView hers = owned.stream().filter(a -> suleiman.getId().equals(a.getOwner().getOfficialId())).findFirst().orElseThrow();
        actions.reportActionProgress(ActionsApi.APIReportActionProgressRequest.newBuilder().id(hers.getId())
                .progressReport(new ProgressReport().percent(40).text("تم تشكيل فريق العمل المشترك")).build());
        ActionView working = actions.getAction(hers.getId());
        assertThat(working.getProgress()).isEqualTo(40);
        assertThat(working.getStatus()).isEqualTo(org.mutabaa.client.actions.model.Status.IN_PROGRESS);

        InboxApi inbox = new InboxApi(notificationsClient);
        List<NotificationView> told = await().atMost(Duration.ofMinutes(2)).until(
                () -> inbox.listNotifications(InboxApi.APIListNotificationsRequest.newBuilder()
                        .recipientId(maawali.getId()).build()).getItems(),
                items -> items.stream().anyMatch(n -> adopted.getId().equals(n.getDecisionId())
                        && n.getEventType().equals("org.mutabaa.decision.adopted.v1")));
        NotificationView adoption = told.stream().filter(n -> n.getEventType().equals("org.mutabaa.decision.adopted.v1"))
                .findFirst().orElseThrow();
        assertThat(adoption.getLanguage()).isEqualTo("ar");
        assertThat(adoption.getDirection()).isEqualTo("rtl");
        assertThat(adoption.getBody()).contains(text);

        long before = meetings.listMeetings(MeetingsApi.APIListMeetingsRequest.newBuilder()
                .participantId(suleiman.getId()).build()).getTotal();
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> meetings.createMeeting(meeting.titleAr("   ")));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = meetingsClient.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(FieldError::getField).contains("titleAr");
        assertThat(meetings.listMeetings(MeetingsApi.APIListMeetingsRequest.newBuilder()
                .participantId(suleiman.getId()).build()).getTotal()).isEqualTo(before);
    }

    private static String base(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
