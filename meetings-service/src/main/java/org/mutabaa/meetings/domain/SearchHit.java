package org.mutabaa.meetings.domain;

import java.util.UUID;

/** A meeting or decision whose words match a search, with how well ({@code ts_rank}). */
public record SearchHit(String kind, UUID id, UUID meetingId, String textAr, String textEn, float rank) {
}
