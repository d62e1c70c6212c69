package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mutabaa.platform.time.WorkingCalendar;

import java.util.UUID;

/** A public holiday every year in a country: a Gregorian or Islamic month and day, for some days. */
@Entity
@Table(name = "holiday_rule")
public class HolidayRule {

    @Id
    public UUID id;

    @Column(name = "country_code")
    public String countryCode;

    @Enumerated(EnumType.STRING)
    public WorkingCalendar.Kind kind;

    public int month;

    public int day;

    public int days;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    public WorkingCalendar.Rule rule() {
        return new WorkingCalendar.Rule(kind, month, day, days, nameAr, nameEn);
    }
}
