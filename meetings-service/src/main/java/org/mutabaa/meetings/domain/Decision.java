package org.mutabaa.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.mutabaa.platform.domain.ConflictException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a meeting decided, who owns the follow-up, and by when. */
@Entity
public class Decision {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    @Column(name = "text_ar")
    public String textAr;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "authoritative_language")
    public Language authoritativeLanguage;

    @Enumerated(EnumType.STRING)
    public Enums.DecisionType type;

    @Enumerated(EnumType.STRING)
    public Enums.DecisionStatus status = Enums.DecisionStatus.DRAFT;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** Due this many working days after the meeting, counted per owner's country, instead of on {@link #dueDate}. */
    @Column(name = "due_in_working_days")
    public Integer dueInWorkingDays;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "adopted_at")
    public OffsetDateTime adoptedAt;

    @Column(name = "amended_at")
    public OffsetDateTime amendedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Version
    public int version;

    @ManyToMany
    @jakarta.persistence.JoinTable(name = "decision_owner",
            joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "official_id"))
    @OrderColumn(name = "position")
    public List<Official> owners = new ArrayList<>();

    /** Organisations that own the follow-up until a person is named. */
    @ManyToMany
    @jakarta.persistence.JoinTable(name = "decision_owner_organisation",
            joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> ownerOrganisations = new ArrayList<>();

    /** Per owning official, at most one counterpart on another delegation. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "decision_counterpart", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    public List<Counterpart> counterparts = new ArrayList<>();

    @jakarta.persistence.OneToMany(mappedBy = "decision", cascade = jakarta.persistence.CascadeType.ALL,
            orphanRemoval = true)
    @jakarta.persistence.OrderBy("position")
    public List<ActionItem> actionItems = new ArrayList<>();

    /** Draft to adopted; adopting twice, or anything but a draft, is refused. */
    public void adopt(OffsetDateTime at) {
        if (status != Enums.DecisionStatus.DRAFT) {
            throw new ConflictException("decision " + id + " is " + status + "; only a DRAFT can be adopted");
        }
        status = Enums.DecisionStatus.ADOPTED;
        adoptedAt = at;
    }

    /** Whether the decision is in force: adopted, possibly amended since, not revoked. */
    public boolean inForce() {
        return status == Enums.DecisionStatus.ADOPTED || status == Enums.DecisionStatus.AMENDED;
    }

    /** Marks a decision in force as amended (its fields were changed by the caller). */
    public void amend(OffsetDateTime at) {
        if (!inForce()) {
            throw new ConflictException("decision " + id + " is " + status + "; only an adopted decision can be amended");
        }
        status = Enums.DecisionStatus.AMENDED;
        amendedAt = at;
    }

    /** Revokes a decision in force; its follow-up stops. */
    public void revoke(OffsetDateTime at, String reason) {
        if (!inForce()) {
            throw new ConflictException("decision " + id + " is " + status + "; only an adopted decision can be revoked");
        }
        status = Enums.DecisionStatus.REVOKED;
        revokedAt = at;
        revocationReason = reason;
    }
}
