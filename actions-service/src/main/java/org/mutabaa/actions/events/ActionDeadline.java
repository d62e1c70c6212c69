package org.mutabaa.actions.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of the three deadline events, {@code org.mutabaa.action.due-soon.v1},
 * {@code org.mutabaa.action.overdue.v1} and {@code org.mutabaa.action.escalated.v1} (schemas in
 * contracts/actions-service/). {@code escalatedTo}, the owner's head of delegation, is only on
 * ActionEscalated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionDeadline(UUID actionId, UUID decisionId, UUID meetingId, String classification,
                             String titleAr, String titleEn, ActionPerson owner, LocalDate dueDate, String timeZone,
                             OffsetDateTime overdueAt, String status, int progress, ActionPerson escalatedTo,
                             OffsetDateTime firedAt, List<ActionPerson> focalPoints, Integer level,
                             String escalationTarget, List<ActionPerson> alsoEscalatedTo) {

    public static final String DUE_SOON = "org.mutabaa.action.due-soon.v1";
    public static final String OVERDUE = "org.mutabaa.action.overdue.v1";
    public static final String ESCALATED = "org.mutabaa.action.escalated.v1";
}
