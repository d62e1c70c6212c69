package org.mutabaa.platform.architecture.sample.service;

import org.mutabaa.platform.architecture.sample.domain.Motion;
import org.mutabaa.platform.architecture.sample.repository.MotionRepository;
import org.mutabaa.platform.architecture.sample.rest.Requests;

/** Breaks the rules on purpose: the service takes a request type of the REST layer. */
public class MotionService {

    private final MotionRepository motions = new MotionRepository();

    public Motion record(Requests.NewMotion request) {
        return motions.save(new Motion());
    }
}
