package org.mutabaa.platform.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.ArrayList;
import java.util.List;

/**
 * Every service's Flyway validates a migration whose text changed on purpose against the checksum
 * its service lists for it ({@link RealignedChecksums}), before it validates anything else.
 */
@Singleton
public class PlatformMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(List.of(configuration.getCallbacks()));
        callbacks.add(RealignedChecksums.fromClassPath(Thread.currentThread().getContextClassLoader()));
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
