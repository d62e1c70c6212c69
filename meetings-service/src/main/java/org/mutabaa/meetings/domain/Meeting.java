package org.mutabaa.meetings.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.mutabaa.platform.domain.ConflictException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** A meeting between delegations, with an ordered agenda. */
@Entity
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    @Enumerated(EnumType.STRING)
    public Enums.MeetingKind kind;

    @Enumerated(EnumType.STRING)
    public Enums.Modality modality;

    public String platform;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "time_zone")
    public String timeZone;

    @Enumerated(EnumType.STRING)
    public Enums.Classification classification;

    @Enumerated(EnumType.STRING)
    public Enums.MeetingStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The organisation whose secretariat recorded the meeting and manages it; null if an administrator's. */
    @Column(name = "organisation_id")
    public UUID organisationId;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Delegation> delegations = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgendaItem> agenda = new ArrayList<>();

    private static final Map<Enums.MeetingStatus, Set<Enums.MeetingStatus>> NEXT = Map.of(
            Enums.MeetingStatus.SCHEDULED, Set.of(Enums.MeetingStatus.HELD, Enums.MeetingStatus.CANCELLED),
            Enums.MeetingStatus.HELD, Set.of(Enums.MeetingStatus.MINUTES_APPROVED),
            Enums.MeetingStatus.MINUTES_APPROVED, Set.of(),
            Enums.MeetingStatus.CANCELLED, Set.of());

    /**
     * Moves the meeting on: scheduled → held or cancelled, held → minutes approved. Anything else
     * is a conflict.
     */
    public void moveTo(Enums.MeetingStatus next) {
        if (!NEXT.get(status).contains(next)) {
            throw new ConflictException("meeting " + id + " is " + status + " and cannot become " + next
                    + (NEXT.get(status).isEmpty() ? "" : "; it can become " + NEXT.get(status)));
        }
        status = next;
    }

    /** Decisions can be adopted once the meeting has been held. */
    public boolean canAdoptDecisions() {
        return status == Enums.MeetingStatus.HELD || status == Enums.MeetingStatus.MINUTES_APPROVED;
    }

    public Optional<AgendaItem> agendaItem(int position) {
        return agenda.stream().filter(item -> item.position == position).findFirst();
    }

    public Stream<Participant> participants() {
        return delegations.stream().flatMap(d -> d.participants.stream());
    }
}
