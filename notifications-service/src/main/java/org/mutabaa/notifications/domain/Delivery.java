package org.mutabaa.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One notification on one channel to one target (an email address, a webhook): at most once per
 * event, recipient and channel, retried with backoff until sent or dead.
 */
@Entity
public class Delivery {

    /**
     * PENDING: to send; HELD: waits for the recipient's daily digest; SENT; FAILED: an attempt
     * failed, another is due at {@code nextAttemptAt}; DEAD: gave up after the last attempt
     * (retry over REST); DIGESTED: sent inside a digest.
     */
    public enum Status { PENDING, HELD, SENT, FAILED, DEAD, DIGESTED }

    @Id
    public UUID id;

    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** The email address, or the webhook id. */
    public String target;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** A digest's own content; other deliveries show their notification's. */
    public String subject;

    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "digest_id")
    public UUID digestId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
