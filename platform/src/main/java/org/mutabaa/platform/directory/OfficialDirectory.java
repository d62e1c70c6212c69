package org.mutabaa.platform.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * A service's copy of the directory, as its consumer of {@code directory.officials} keeps it: the
 * one way in for the directory's events in every service that holds officials.
 */
public interface OfficialDirectory {

    /** Applies an OfficialUpserted (refused to the dead-letter topic when it lacks what is needed). */
    void upserted(UUID eventId, OfficialEvent data);

    /** Applies an OfficialDeactivated. */
    void deactivated(UUID eventId, OfficialEvent data);

    /** The copy of the official, when the service holds one. */
    Optional<? extends ProjectedOfficial> find(UUID id);
}
