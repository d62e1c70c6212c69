package org.mutabaa.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.mutabaa.platform.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a Panache query from optional filters: a clause is kept only when its value is
 * given. {@code Filters.where().and("status = :status", "status", status).find(repo, sort)}.
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Filters() {
    }

    public static Filters where() {
        return new Filters();
    }

    /** Adds {@code clause} (which names the parameter {@code :name}) unless value is null. */
    public Filters and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /**
     * Adds {@code clause} when {@code condition} holds, with its parameters given as name, value
     * pairs: {@code andIf(late, "dueAt <= :now and done = false", "now", now)}.
     */
    public Filters andIf(boolean condition, String clause, Object... namesAndValues) {
        if (condition) {
            clauses.add(clause);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                parameters.and((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return this;
    }

    /**
     * Keeps only the rows the reader may see by the service's visibility SQL function, called on
     * the entity's {@code id}; no reader (an administrator) keeps everything.
     */
    public Filters visibleTo(String function, Optional<Caller.Reader> reader) {
        return andIf(reader.isPresent(), "function('" + function + "', id, :reader, :readerOrganisation, :secretariat) = true",
                "reader", reader.map(Caller.Reader::officialId).orElse(null),
                "readerOrganisation", reader.map(Caller.Reader::organisationId).orElse(null),
                "secretariat", reader.map(Caller.Reader::secretariat).orElse(null));
    }

    public <E> PanacheQuery<E> find(PanacheRepositoryBase<E, ?> repository, Sort sort) {
        return clauses.isEmpty()
                ? repository.findAll(sort)
                : repository.find(String.join(" and ", clauses), sort, parameters);
    }
}
