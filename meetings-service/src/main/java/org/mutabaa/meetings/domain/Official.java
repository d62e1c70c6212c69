package org.mutabaa.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who takes part in meetings and owns follow-up; possibly known only by title. */
@Entity
public class Official {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "title_ar")
    public String titleAr;

    @Column(name = "title_en")
    public String titleEn;

    public String email;

    public String phone;

    @Column(name = "preferred_language")
    public Language preferredLanguage;

    /** IANA time zone the official works in (e.g. Asia/Muscat); unknown when null. */
    @Column(name = "time_zone")
    public String timeZone;

    public boolean active = true;

    /**
     * Whether they sign in to Mutabaa; false for one with no account (another government's official),
     * who is told by mail and works their actions through signed links.
     */
    @Column(name = "signs_in")
    public boolean signsIn = true;

    /** The organisation whose secretariat entered this official, if not an administrator. */
    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
