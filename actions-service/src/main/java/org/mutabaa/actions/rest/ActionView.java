package org.mutabaa.actions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.Owner;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An action as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionView(UUID id, UUID decisionId, UUID meetingId, String titleAr, String titleEn, OwnerView owner,
                         LocalDate dueDate, Action.Priority priority, Action.Status status, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OwnerView(UUID officialId, UUID organisationId, String countryCode, String nameAr, String nameEn,
                            String titleAr, String titleEn, String preferredLanguage) {
    }

    public static ActionView of(Action a) {
        Owner o = a.owner;
        return new ActionView(a.id, a.decisionId, a.meetingId, a.titleAr, a.titleEn,
                new OwnerView(o.officialId, o.organisationId, o.countryCode, o.nameAr, o.nameEn, o.titleAr, o.titleEn,
                        o.preferredLanguage),
                a.dueDate, a.priority, a.status, a.createdAt, a.updatedAt);
    }
}
