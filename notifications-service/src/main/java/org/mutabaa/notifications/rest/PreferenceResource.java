package org.mutabaa.notifications.rest;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mutabaa.notifications.domain.Channel;
import org.mutabaa.notifications.domain.EventKind;
import org.mutabaa.notifications.domain.Preference;
import org.mutabaa.notifications.service.Preferences;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.time.ReadableDates.Digits;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An official's notification preferences. */
@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Preferences", description = "How each official wants to be told: channels per kind of event, mute, daily digest.")
@Path("/preferences/{officialId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferenceResource {

    private final Preferences preferences;
    private final Caller caller;

    public PreferenceResource(Preferences preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @Operation(operationId = "getPreferences", summary = "An official's preferences",
            description = "Channels per kind of event (a kind not listed: every channel), mute, daily digest, and the"
                    + " digits dates are written in (WESTERN 0-9 unless ARABIC_INDIC).")
    @GET
    public PreferenceView get(@PathParam("officialId") UUID officialId) {
        caller.requireSelfOrAdmin(officialId);
        return view(preferences.of(officialId));
    }

    @Operation(operationId = "replacePreferences", summary = "Replace an official's preferences",
            description = "Overdue and escalation notices ignore mute and digest.")
    @PUT
    public PreferenceView put(@PathParam("officialId") UUID officialId, @NotNull @Valid PreferenceView request) {
        caller.requireSelfOrAdmin(officialId);
        return view(preferences.save(officialId, request.channels(), request.muted(), request.digest(),
                request.digestHour() == null ? 8 : request.digestHour(), request.digits()));
    }

    private PreferenceView view(Preference p) {
        return new PreferenceView(p.officialId, new EnumMap<>(preferences.channels(p)), p.muted, p.digest,
                p.digestHour, p.digits);
    }

    /**
     * {@code digestHour}: local hour (0–23) in the official's time zone at which the digest goes out;
     * {@code digits}: the digits dates are written in (WESTERN when not given).
     */
    public record PreferenceView(UUID officialId, Map<EventKind, Set<@NotNull Channel>> channels, boolean muted,
                                 boolean digest, @Min(0) @Max(23) Integer digestHour, Digits digits) {
    }
}
