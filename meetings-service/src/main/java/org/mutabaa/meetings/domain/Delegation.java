package org.mutabaa.meetings.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One country's (and organisation's) side at a meeting. */
@Entity
public class Delegation {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    public int position;

    @Column(name = "country_code")
    public String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @ElementCollection
    @CollectionTable(name = "participant", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();
}
