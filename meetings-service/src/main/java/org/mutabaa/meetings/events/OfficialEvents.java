package org.mutabaa.meetings.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.Official;
import org.mutabaa.meetings.domain.Organisation;
import org.mutabaa.platform.events.CloudEvent;
import org.mutabaa.platform.events.EventCodec;
import org.mutabaa.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes directory changes to the outbox (channel {@code officials}, compacted topic
 * {@code directory.officials}, key: official id): the latest record of a key is the official's
 * current state.
 */
@ApplicationScoped
public class OfficialEvents {

    public static final String CHANNEL = "officials";
    public static final String UPSERTED = "org.mutabaa.official.upserted.v1";
    public static final String DEACTIVATED = "org.mutabaa.official.deactivated.v1";

    /** Data of {@code org.mutabaa.official.upserted.v1}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficialUpserted(UUID officialId, OrganisationRef organisation, String nameAr, String nameEn,
                                   String titleAr, String titleEn, String email, String phone,
                                   String preferredLanguage, String timeZone, boolean active,
                                   OffsetDateTime changedAt, boolean signsIn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganisationRef(UUID id, String kind, String countryCode, String nameAr, String nameEn) {
    }

    /** Data of {@code org.mutabaa.official.deactivated.v1}. */
    public record OfficialDeactivated(UUID officialId, OffsetDateTime deactivatedAt) {
    }

    private final Outbox outbox;
    private final EventCodec codec;

    public OfficialEvents(Outbox outbox, EventCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    public CloudEvent upserted(Official o, OffsetDateTime at) {
        Organisation org = o.organisation;
        OfficialUpserted data = new OfficialUpserted(o.id,
                new OrganisationRef(org.id, org.kind.name(), org.countryCode, org.nameAr, org.nameEn),
                o.nameAr, o.nameEn, o.titleAr, o.titleEn, o.email, o.phone, o.preferredLanguage.code(), o.timeZone, o.active, at,
                o.signsIn);
        return append(o.id, codec.envelope(DecisionEvents.SOURCE, UPSERTED, "officials/" + o.id, data));
    }

    public CloudEvent deactivated(Official o, OffsetDateTime at) {
        return append(o.id, codec.envelope(DecisionEvents.SOURCE, DEACTIVATED, "officials/" + o.id,
                new OfficialDeactivated(o.id, at)));
    }

    private CloudEvent append(UUID key, CloudEvent event) {
        return outbox.append(CHANNEL, key.toString(), event);
    }
}
