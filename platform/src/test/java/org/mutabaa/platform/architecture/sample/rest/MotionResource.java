package org.mutabaa.platform.architecture.sample.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.mutabaa.platform.architecture.sample.repository.MotionRepository;
import org.mutabaa.platform.architecture.sample.service.MotionService;

/** Breaks the rules on purpose: the resource reaches into the repository. */
@Path("/motions")
public class MotionResource {

    private final MotionService service = new MotionService();

    @POST
    public String record(Requests.NewMotion request) {
        return service.record(request) + " " + new MotionRepository.Criteria(request.text());
    }
}
