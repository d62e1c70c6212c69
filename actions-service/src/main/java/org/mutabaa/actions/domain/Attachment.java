package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Evidence for an action: a link to a document kept elsewhere (a signed memorandum, a report). */
@Entity
@Table(name = "action_attachment")
public class Attachment {

    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    public String url;

    public String title;

    @Column(name = "added_by")
    public UUID addedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
