package org.mutabaa.platform.architecture.sample.repository;

import org.mutabaa.platform.architecture.sample.domain.Motion;

/** Where motions are kept. */
public class MotionRepository {

    public Motion save(Motion motion) {
        return motion;
    }

    /** A query's criteria, which resources must not reach for. */
    public record Criteria(String text) {
    }
}
