package org.mutabaa.meetings.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a list of meetings is filtered by; null means any. Dates are UTC days, both inclusive. */
public record MeetingFilter(LocalDate from, LocalDate to, String countryCode, UUID organisationId,
                            Enums.MeetingStatus status, UUID participantId) {
}
