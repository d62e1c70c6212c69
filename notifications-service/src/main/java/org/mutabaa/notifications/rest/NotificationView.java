package org.mutabaa.notifications.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutabaa.notifications.domain.Notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notification as the inbox shows it; {@code direction} is rtl for Arabic. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(UUID id, UUID recipientId, String eventType, UUID eventId,
                               @Schema(description = "Why the official is told: OWNER, HEAD_OF_DELEGATION, PREVIOUS_OWNER,"
                                       + " DECISION_OWNER, ESCALATION, FOCAL_POINT (of the organisation that owns the"
                                       + " action), VERIFIER (a focal point of the recording secretariat, to verify a"
                                       + " done action); more may be added, so a client must accept a value it does not"
                                       + " know.", example = "OWNER") String reason,
                               @Schema(example = "ar") String language, @Schema(example = "rtl") String direction, @Schema(example = "قرار معتمد بانتظار متابعتك: اجتماع وزير الاتصالات والتقانة السوري مع وزير النقل والاتصالات العماني") String subject,
                               @Schema(example = "اعتُمد في اجتماع «اجتماع وزير الاتصالات والتقانة السوري مع وزير النقل والاتصالات العماني» القرار التالي، وأنت من المسؤولين عن متابعته:\n\nنقل الخبرة المتقدمة لدى الجانب العماني في مجال أمن المعلومات إلى فريق العمل الموجود في سورية") String body, UUID meetingId,
                               UUID decisionId, UUID actionId, String link, boolean urgent, String recipientTimeZone,
                               OffsetDateTime createdAt, OffsetDateTime readAt, String traceId,
                               @Schema(description = "For a focal point outside the directory (recipientId derived from"
                                       + " it): the address it was mailed at.", example = "followup@arabfund.org")
                               String recipientAddress) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.recipientId, n.eventType, n.eventId, n.reason.name(), n.language, n.direction(),
                n.subject, n.body, n.meetingId, n.decisionId, n.actionId, n.link, n.urgent, n.recipientTimeZone,
                n.createdAt, n.readAt, n.traceId, n.recipientAddress);
    }
}
