package org.mutabaa.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Where an organisation receives its officials' notifications, signed with its secret. */
@Entity
public class Webhook {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    public String url;

    /** HMAC-SHA256 key, shown once when the webhook is registered. */
    public String secret;

    public boolean active = true;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
