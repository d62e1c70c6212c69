package org.mutabaa.actions.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.actions.domain.Action;
import org.mutabaa.actions.service.ActionService;
import org.mutabaa.platform.problem.Params;

import java.util.UUID;

@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionResource {

    private final ActionService actions;

    public ActionResource(ActionService actions) {
        this.actions = actions;
    }

    @GET
    @Path("/{id}")
    public ActionView get(@PathParam("id") UUID id) {
        return ActionView.of(actions.get(id));
    }

    /** Actions filtered by decision, meeting, owner and status; oldest first. */
    @GET
    public PageView<ActionView> list(@QueryParam("decisionId") UUID decisionId,
                                     @QueryParam("meetingId") UUID meetingId,
                                     @QueryParam("ownerId") UUID ownerId,
                                     @QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Action> query = actions.search(decisionId, meetingId, ownerId,
                Params.enumValue("status", status, Action.Status.class)).page(page, size);
        return new PageView<>(query.list().stream().map(ActionView::of).toList(), page, size, query.count());
    }
}
