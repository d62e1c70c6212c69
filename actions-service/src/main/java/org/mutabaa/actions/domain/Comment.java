package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "action_comment")
public class Comment {

    @Id
    public UUID id;

    @Column(name = "action_id")
    public UUID actionId;

    public String text;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
