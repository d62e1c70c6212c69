package org.mutabaa.notifications.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.EventKind;
import org.mutabaa.notifications.domain.Preference;
import org.mutabaa.notifications.repository.PreferenceRepository;
import org.mutabaa.platform.time.Now;
import org.mutabaa.platform.time.ReadableDates.Digits;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Officials' choices: channels per kind of event (every channel unless they chose), mute, digest, digits. */
@ApplicationScoped
public class Preferences {

    private final PreferenceRepository preferences;
    private final ObjectMapper json;
    private final Now now;

    public Preferences(PreferenceRepository preferences, ObjectMapper json, Now now) {
        this.preferences = preferences;
        this.json = json;
        this.now = now;
    }

    /** What the official chose, or the defaults (every channel, not muted, no digest). */
    public Preference of(UUID officialId) {
        return preferences.findByIdOptional(officialId).orElseGet(() -> {
            Preference p = new Preference();
            p.officialId = officialId;
            return p;
        });
    }

    public Set<Channel> channels(Preference p, EventKind kind) {
        Map<EventKind, Set<Channel>> chosen = channels(p);
        return chosen.getOrDefault(kind, EnumSet.allOf(Channel.class));
    }

    /** The channels chosen per kind; kinds not listed get every channel. */
    public Map<EventKind, Set<Channel>> channels(Preference p) {
        if (p.channels == null) {
            return new EnumMap<>(EventKind.class);
        }
        try {
            return json.readValue(p.channels, new TypeReference<EnumMap<EventKind, Set<Channel>>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable channels of " + p.officialId, e);
        }
    }

    @Transactional
    public Preference save(UUID officialId, Map<EventKind, Set<Channel>> channels, boolean muted, boolean digest,
                           int digestHour, Digits digits) {
        Preference p = preferences.findByIdOptional(officialId).orElse(null);
        if (p == null) {
            p = new Preference();
            p.officialId = officialId;
        }
        try {
            p.channels = channels == null || channels.isEmpty() ? null
                    : json.writeValueAsString(new EnumMap<>(channels));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        p.muted = muted;
        p.digest = digest;
        p.digestHour = digestHour;
        p.digits = digits == null ? Digits.WESTERN : digits;
        p.updatedAt = now.get();
        preferences.persist(p);
        return p;
    }
}
