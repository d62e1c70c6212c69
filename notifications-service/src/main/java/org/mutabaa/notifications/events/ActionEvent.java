package org.mutabaa.notifications.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What notifications-service reads of the action events on {@code actions.lifecycle}
 * (contracts/actions-service/action-*.v1.schema.json): the fields of all nine types, each absent
 * where its type does not carry it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionEvent(UUID actionId, UUID decisionId, UUID meetingId, String classification, String titleAr,
                          String titleEn, Person owner, Person previousOwner, String reason, String previousStatus,
                          String status, String cause, List<Person> decisionOwners, LocalDate dueDate,
                          String timeZone, OffsetDateTime overdueAt, Integer progress, Person escalatedTo,
                          Integer everyDays, OffsetDateTime lastUpdateAt, OffsetDateTime completedAt,
                          List<Person> focalPoints, List<Person> verifiers, Integer level, String escalationTarget,
                          List<Person> alsoEscalatedTo) {
}
