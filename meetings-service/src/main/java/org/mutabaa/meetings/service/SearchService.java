package org.mutabaa.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutabaa.meetings.domain.SearchHit;
import org.mutabaa.meetings.repository.SearchRepository;
import org.mutabaa.platform.problem.ProblemException;

import java.util.List;

/** Finds meetings and decisions by their words, in Arabic or English. */
@ApplicationScoped
public class SearchService {

    private final SearchRepository search;
    private final Access access;

    public SearchService(SearchRepository search, Access access) {
        this.search = search;
        this.access = access;
    }

    public List<SearchHit> search(String text, int page, int size) {
        String query = search.toQuery(text);
        if (query == null) {
            throw ProblemException.invalidField("q", "give at least one word to search for");
        }
        return search.search(query, size, page * size, access.reader());
    }
}
