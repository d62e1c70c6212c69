package org.mutabaa.platform.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.mutabaa.platform.time.Zones;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A service's copy of one official of the directory, kept from {@link OfficialEvent}s by the same
 * rules in every service: an event older than the copy changes nothing; the language is Arabic
 * unless English is asked for; a time zone the JDK does not know is none; an official is active
 * unless told otherwise, and a deactivation is as recent as it says. A service's entity adds the
 * columns only it needs ({@link #takeOwn}).
 */
@MappedSuperclass
public abstract class ProjectedOfficial {

    @Id
    public UUID id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    /** "ar" or "en". */
    @Column(name = "preferred_language")
    public String preferredLanguage;

    /** A zone id the JDK knows, or null. */
    @Column(name = "time_zone")
    public String timeZone;

    public boolean active;

    /** When the directory last changed this official, as its latest event applied says. */
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** Whether the copy already holds a later state than {@code event} describes. */
    public boolean newerThan(OfficialEvent event) {
        return changedAt != null && changedAt.isAfter(event.changedAt());
    }

    /** Takes what an OfficialUpserted says (see {@link OfficialEvent#requireUpserted}). */
    public void take(OfficialEvent event) {
        id = event.officialId();
        organisationId = event.organisation().id();
        countryCode = event.organisation().countryCode();
        nameAr = event.nameAr();
        nameEn = event.nameEn();
        titleAr = event.titleAr();
        titleEn = event.titleEn();
        preferredLanguage = "en".equals(event.preferredLanguage()) ? "en" : "ar";
        timeZone = Zones.valid(event.timeZone()).orElse(null);
        active = !Boolean.FALSE.equals(event.active());
        changedAt = event.changedAt();
        takeOwn(event);
    }

    /** What an OfficialDeactivated says: no longer active, from when it says. */
    public void deactivate(OfficialEvent event) {
        active = false;
        if (event.deactivatedAt() != null && (changedAt == null || event.deactivatedAt().isAfter(changedAt))) {
            changedAt = event.deactivatedAt();
        }
    }

    /** The columns of the event only this service keeps. */
    protected void takeOwn(OfficialEvent event) {
    }
}
