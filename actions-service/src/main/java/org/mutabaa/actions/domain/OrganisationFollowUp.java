package org.mutabaa.actions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who follows up an organisation's actions: its focal points, officials of the organisation in order,
 * and addresses for people outside the directory.
 */
@Entity
@Table(name = "organisation_follow_up")
public class OrganisationFollowUp {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_focal_point", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "official_id")
    public List<UUID> focalPoints = new ArrayList<>();

    /** Focal points outside the directory, by address, in order; told after the officials. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_focal_address", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<FocalAddress> addresses = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public UUID updatedBy;
}
