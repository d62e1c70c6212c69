package org.mutabaa.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A message for one official about one event, in that official's language. */
@Entity
public class Notification {

    /** What follows the console's address in a signed action link, before its token (the console's link page). */
    public static final String SIGNED_LINK = "/link.html#";


    /** Why the recipient is told. */
    /**
     * Why the official is told: they own it, head a delegation, owned it before, own the decision, an
     * escalation reaches them, they are a focal point of the organisation that owns it, or of the
     * recording secretariat that is to verify it.
     */
    public enum Reason { OWNER, HEAD_OF_DELEGATION, PREVIOUS_OWNER, DECISION_OWNER, ESCALATION, FOCAL_POINT, VERIFIER }

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "recipient_official_id")
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    /** ISO 639-1: ar or en. */
    public String language;

    public String subject;

    public String body;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "action_id")
    public UUID actionId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    /** Insertion order, for the live stream. */
    @Column(insertable = false, updatable = false)
    @org.hibernate.annotations.Generated
    public Long seq;

    /** Overdue and escalation: delivered whatever the recipient's digest or mute. */
    public boolean urgent;

    /** Shown in the in-app inbox (the recipient may have chosen email only for this kind). */
    @Column(name = "in_app")
    public boolean inApp = true;

    /** Where in the console to read it (a confidential item is only referenced and linked). */
    public String link;

    /** For a focal point outside the directory: the address it is told at (no inbox). */
    @Column(name = "recipient_address")
    public String recipientAddress;

    @Column(name = "recipient_time_zone")
    public String recipientTimeZone;

    /** The W3C trace id of the request that caused it, when there was one: support follows it across the suite. */
    /** A mail whose body is a document of its own (a quarterly report page), instead of the rendered text. */
    @Column(name = "html_body")
    public String htmlBody;

    /** A file the mail carries (a quarterly report's PDF), and its name. */
    public byte[] attachment;

    @Column(name = "attachment_name")
    public String attachmentName;

    @Column(name = "trace_id")
    public String traceId;

    /** Arabic is shown right-to-left. */
    public String direction() {
        return "ar".equals(language) ? "rtl" : "ltr";
    }
}
