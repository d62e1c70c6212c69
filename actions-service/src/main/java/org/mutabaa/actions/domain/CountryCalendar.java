package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A country's working week: its weekend days (comma-separated day names, e.g. FRIDAY,SATURDAY). */
@Entity
@Table(name = "working_calendar")
public class CountryCalendar {

    @Id
    @Column(name = "country_code")
    public String countryCode;

    public String weekend;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Set<DayOfWeek> weekendDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekend.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf)
                .forEach(days::add);
        return days;
    }
}
