package org.mutabaa.console.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/**
 * The addresses notifications link to ({@code <console>/actions/<id>}, {@code <console>/decisions/<id>},
 * in emails and webhooks) open the matching page of the console.
 */
@Path("/")
public class LinkResource {

    @GET
    @Path("actions/{id}")
    public Response action(@PathParam("id") UUID id) {
        return Response.seeOther(URI.create("/#/actions/" + id)).build();
    }

    @GET
    @Path("decisions/{id}")
    public Response decision(@PathParam("id") UUID id) {
        return Response.seeOther(URI.create("/#/decisions/" + id)).build();
    }

    @GET
    @Path("meetings/{id}")
    public Response meeting(@PathParam("id") UUID id) {
        return Response.seeOther(URI.create("/#/meetings/" + id)).build();
    }
}
