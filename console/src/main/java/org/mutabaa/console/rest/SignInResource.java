package org.mutabaa.console.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mutabaa.console.signin.LocalSignIn;

import java.util.List;
import java.util.UUID;

/** Local sign-in (answers 404 unless {@code mutabaa.console.sign-in=local}). */
@Path("/sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

    /** Exactly one of the two: an official signs in as themselves, or an organisation's secretariat. */
    public record SignIn(UUID officialId, UUID organisationId) {
    }

    private final LocalSignIn signIn;

    public SignInResource(LocalSignIn signIn) {
        this.signIn = signIn;
    }

    @GET
    @Path("/people")
    public List<LocalSignIn.Person> people() {
        return signIn.people();
    }

    @POST
    @Path("/local")
    @Consumes(MediaType.APPLICATION_JSON)
    public LocalSignIn.Session local(SignIn request) {
        if (request == null || (request.officialId() == null) == (request.organisationId() == null)) {
            throw new ProblemMappers.InvalidField("officialId", "give exactly one of officialId and organisationId");
        }
        return request.officialId() != null ? signIn.asOfficial(request.officialId())
                : signIn.asSecretariat(request.organisationId());
    }
}
