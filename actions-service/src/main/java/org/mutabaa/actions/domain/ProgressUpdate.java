package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A progress report on an action: how far (percent) and what was done. */
@Entity
@Table(name = "action_progress")
public class ProgressUpdate {

    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    public int percent;

    public String text;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
