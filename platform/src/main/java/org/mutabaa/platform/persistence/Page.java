package org.mutabaa.platform.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every service answers it: the items, which page, its size, how many in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The page of {@code entities}, each shown as {@code view} shows it. */
    public static <E, T> Page<T> of(List<E> entities, Function<E, T> view, int page, int size, long total) {
        return new Page<>(entities.stream().map(view).toList(), page, size, total);
    }
}
