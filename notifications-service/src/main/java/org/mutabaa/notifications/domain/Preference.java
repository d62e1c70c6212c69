package org.mutabaa.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.mutabaa.platform.time.ReadableDates.Digits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An official's choices of channels, mute, daily digest and digits. */
@Entity
public class Preference {

    @Id
    @Column(name = "official_id")
    public UUID officialId;

    /** JSON object: event kind → channels; a kind not listed gets every channel. */
    public String channels;

    public boolean muted;

    /** Non-urgent email goes into one daily message at {@link #digestHour} local time. */
    public boolean digest;

    @Column(name = "digest_hour")
    public int digestHour = 8;

    @Column(name = "last_digest_on")
    public LocalDate lastDigestOn;

    /** The digits dates are written in, in their messages. */
    @Enumerated(EnumType.STRING)
    public Digits digits = Digits.WESTERN;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
