package org.mutabaa.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every service answers it: the items, which page, its size, how many in
 * all. Services return pages of entities; resources {@link #map} them to views.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Page {@code page} (from 0) of {@code size} items of the query's results. */
    public static <E> Page<E> of(PanacheQuery<E> query, int page, int size) {
        PanacheQuery<E> paged = query.page(page, size);
        return new Page<>(paged.list(), page, size, paged.count());
    }

    /** The same page with each item shown as {@code view} shows it. */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), page, size, total);
    }
}
