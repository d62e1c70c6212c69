package org.mutabaa.actions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.domain.HistoryEntry;
import org.mutabaa.actions.repository.HistoryRepository;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** Records each change to an action, in the transaction that makes it. */
@ApplicationScoped
public class History {

    private final HistoryRepository entries;

    public History(HistoryRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, HistoryEntry.Source source, UUID actor, HistoryEntry.Change change,
                       Object oldValue, Object newValue, String note, OffsetDateTime at) {
        HistoryEntry e = new HistoryEntry();
        e.actionId = action.id;
        e.at = at;
        e.actorId = actor;
        e.source = source;
        e.change = change;
        e.oldValue = oldValue == null ? null : oldValue.toString();
        e.newValue = newValue == null ? null : newValue.toString();
        e.note = note;
        org.mutabaa.actions.service.links.ByLink.ofThisRequest().filter(l -> l.actionId.equals(action.id)).ifPresent(l -> {
            e.byLink = true;
            e.actorNameAr = l.nameAr;
            e.actorNameEn = l.nameEn;
        });
        entries.persist(e);
    }

    /** Records a field change when the value really changed; returns whether it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordIfChanged(Action action, HistoryEntry.Source source, UUID actor, HistoryEntry.Change change,
                                   Object oldValue, Object newValue, String note, OffsetDateTime at) {
        if (Objects.equals(oldValue, newValue)) {
            return false;
        }
        record(action, source, actor, change, oldValue, newValue, note, at);
        return true;
    }
}
