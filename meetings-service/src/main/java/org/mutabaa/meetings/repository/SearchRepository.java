package org.mutabaa.meetings.repository;

import org.mutabaa.meetings.domain.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.mutabaa.platform.security.Caller;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Full-text search over meetings (titles and agenda) and decisions (texts) with PostgreSQL,
 * through the Arabic folding of {@code mutabaa_fold} (migration V3). Every word of the query
 * must match, the last one also as a prefix; results are ranked by {@code ts_rank}. Only what the
 * reader may see is searched (migration V6's visibility functions), so hits and pages leak nothing.
 */
@ApplicationScoped
public class SearchRepository {

    private static final String QUERY = """
            with q as (select to_tsquery('simple', ?1) as query)
            select 'MEETING' as kind, m.id, m.id as meeting_id, m.title_ar, m.title_en,
                   greatest(ts_rank(m.search, q.query),
                            coalesce(max(ts_rank(a.search, q.query)), 0)) as rank
              from meeting m cross join q
              left join agenda_item a on a.meeting_id = m.id and a.search @@ q.query
             where (m.search @@ q.query or a.id is not null)
               and (?4 or mutabaa_meeting_visible(m.id, ?5, ?6, ?7))
             group by m.id, q.query
            union all
            select 'DECISION', d.id, d.meeting_id, d.text_ar, d.text_en, ts_rank(d.search, q.query)
              from decision d cross join q
             where d.search @@ q.query
               and (?4 or mutabaa_decision_visible(d.id, ?5, ?6, ?7))
             order by rank desc, kind, id
             limit ?2 offset ?3
            """;

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * {@code tsquery} is built by {@link #toQuery(String)}; no reader means an administrator, who
     * sees everything.
     */
    @SuppressWarnings("unchecked")
    public List<SearchHit> search(String tsquery, int limit, int offset, Optional<Caller.Reader> reader) {
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter(1, tsquery).setParameter(2, limit).setParameter(3, offset)
                .setParameter(4, reader.isEmpty())
                .setParameter(5, reader.map(Caller.Reader::officialId).orElse(Caller.NOBODY))
                .setParameter(6, reader.map(Caller.Reader::organisationId).orElse(Caller.NOBODY))
                .setParameter(7, reader.map(Caller.Reader::secretariat).orElse(false))
                .getResultList();
        return rows.stream().map(r -> new SearchHit((String) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).floatValue())).toList();
    }

    /**
     * Folds the user's words the way documents are folded and joins them with {@code &}; a word
     * with a prefix (و، ب، ال …) also matches without it, and the last word matches as a prefix.
     * Only letters and digits survive, so no query syntax gets through.
     */
    public String toQuery(String text) {
        Object[] folded = (Object[]) em.createNativeQuery("select mutabaa_fold(?1), mutabaa_strip(mutabaa_fold(?1))")
                .setParameter(1, text).getSingleResult();
        List<String> words = words((String) folded[0]);
        List<String> stripped = words((String) folded[1]);
        if (words.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String suffix = i == words.size() - 1 ? ":*" : "";
            String word = words.get(i) + suffix;
            String bare = stripped.size() == words.size() ? stripped.get(i) + suffix : word;
            terms.add(word.equals(bare) ? word : "(" + word + " | " + bare + ")");
        }
        return String.join(" & ", terms);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
