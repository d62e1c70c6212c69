package org.mutabaa.notifications.service.planning;

import jakarta.transaction.TransactionScoped;
import org.mutabaa.notifications.domain.Preference;
import org.mutabaa.notifications.domain.Webhook;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What planning reads again and again while one transaction (a poll batch of events) tells many
 * officials: each official's preferences and each organisation's active webhooks, read once per
 * transaction. It lives as long as the transaction, so a change committed by another replica is
 * seen by the next batch.
 */
@TransactionScoped
public class PlanningMemo implements Serializable {

    private final Map<UUID, Preference> preferences = new HashMap<>();
    private final Map<UUID, List<Webhook>> webhooks = new HashMap<>();

    Preference preference(UUID officialId, Function<UUID, Preference> read) {
        return preferences.computeIfAbsent(officialId, read);
    }

    List<Webhook> webhooks(UUID organisationId, Function<UUID, List<Webhook>> read) {
        return webhooks.computeIfAbsent(organisationId, read);
    }
}
