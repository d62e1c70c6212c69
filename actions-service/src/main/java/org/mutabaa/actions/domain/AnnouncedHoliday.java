package org.mutabaa.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A holiday a secretariat announced for a date in its country ({@code observed}), or a day a rule
 * gives that is worked after all, the holiday having moved ({@code observed} false).
 */
@Entity
@Table(name = "announced_holiday")
public class AnnouncedHoliday {

    @Embeddable
    public record Key(@Column(name = "country_code") String countryCode, @Column(name = "on_date") LocalDate onDate)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public boolean observed;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "announced_by")
    public UUID announcedBy;

    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;
}
