package org.mutabaa.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** An explicit piece of work a decision spells out, owned by an official or an organisation. */
@Entity
@Table(name = "decision_action_item")
public class ActionItem {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    public Decision decision;

    public int position;

    @Column(name = "text_ar")
    public String textAr;

    @Column(name = "text_en")
    public String textEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_official_id")
    public Official ownerOfficial;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    public Organisation ownerOrganisation;

    @Column(name = "due_date")
    public LocalDate dueDate;
}
