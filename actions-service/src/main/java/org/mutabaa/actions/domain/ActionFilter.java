package org.mutabaa.actions.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a list of actions may be narrowed by; null means any. {@code involving} keeps the actions an
 * official owns or collaborates on; {@code verification} keeps the DONE actions that await verification or are verified; {@code now} is the instant "overdue" is judged at.
 */
public record ActionFilter(UUID ownerId, UUID organisationId, String countryCode, UUID meetingId, UUID decisionId,
                           Action.Status status, Action.Verification verification, LocalDate dueBefore, LocalDate dueAfter, Boolean overdue,
                           UUID involving, OffsetDateTime now) {
}
