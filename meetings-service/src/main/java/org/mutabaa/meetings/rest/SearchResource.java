package org.mutabaa.meetings.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.meetings.domain.SearchHit;
import org.mutabaa.meetings.service.SearchService;
import org.mutabaa.platform.security.Caller;
import org.mutabaa.platform.problem.Params;

import java.util.List;

@RolesAllowed({Caller.ADMIN, Caller.SECRETARIAT, Caller.OFFICIAL})
@Tag(name = "Search", description = "Full-text search of meetings and decisions, Arabic folded (hamza, taa marbuta, alef "
                    + "maqsura, diacritics) and English.")
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    /**
     * Meetings and decisions whose words match {@code q}, best first. Arabic matches whatever
     * its diacritics, tatweel, hamza/alef, taa marbuta or alef maqsura forms.
     */
    @Operation(operationId = "search", summary = "Search meetings and decisions",
            description = "Meetings and decisions the caller may see whose titles or texts match `q`, best first.")
    @GET
    public List<SearchHit> search(@QueryParam("q") @NotBlank @Size(max = 200) String q,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Params.MAX_PAGE) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return search.search(q, page, size);
    }
}
