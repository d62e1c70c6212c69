package org.mutabaa.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.mutabaa.platform.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every operation of every service's API document says the same way, written once:
 * <ul>
 *   <li>each error response is an RFC 9457 problem ({@code application/problem+json}, schema
 *   {@code Problem} with {@code errors[]} naming each wrong field);</li>
 *   <li>the errors every operation can answer are declared: 401 and 403 (every operation needs a
 *   token and a role), 400 where it takes parameters or a body, 404 where its path names a
 *   resource, 413 where it takes a body;</li>
 *   <li>the roles an operation allows (its {@code @RolesAllowed}) are said in its description and
 *   in {@code x-roles}, not as scopes of the bearer scheme, which has none.</li>
 * </ul>
 * Registered for every service by {@code mp.openapi.filter} in the platform's shared settings.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    /** What each error status means in every Mutabaa API. */
    static final Map<String, String> ERRORS = Map.of(
            "400", "The request is malformed or a value is refused; `errors[]` names each wrong field.",
            "401", "No token, or one that is expired, not signed by the identity provider or not issued for Mutabaa.",
            "403", "The caller's role or organisation may not do this.",
            "404", "No such resource, or none the caller may see.",
            "409", "The resource's present state does not allow this.",
            "413", "The body, or the event it would produce, is larger than allowed; `errors[]` names the field.",
            "429", "Too many at once for this caller; try again later.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(FIELD_ERROR, fieldError());
        openAPI.getComponents().addSchema(PROBLEM, problem());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, item, entry.getValue());
            }
        });
    }

    private static void document(String path, PathItem item, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = moveRolesToDescription(operation);
        boolean parameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        boolean body = operation.getRequestBody() != null;
        if (secured) {
            declare(responses, "401");
            declare(responses, "403");
        }
        if (parameters || body) {
            declare(responses, "400");
        }
        if (path.contains("{")) {
            declare(responses, "404");
        }
        if (body) {
            declare(responses, "413");
        }
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(status, response);
            }
        });
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    private static void declare(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse());
        }
    }

    private static void asProblem(String status, APIResponse response) {
        String meaning = ERRORS.get(status);
        if (response.getDescription() == null || response.getDescription().isBlank()
                || isDefaultDescription(response.getDescription())) {
            response.setDescription(meaning != null ? meaning : "The request failed; the problem says why.");
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        response.setContent(content);
    }

    /** The generator's own words for an undescribed status ("Bad Request", "Not Authorized", …). */
    private static boolean isDefaultDescription(String description) {
        return Set.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found", "Conflict").contains(description);
    }

    /** Moves the roles an operation was given as scopes into its description and {@code x-roles}; true when it is secured. */
    private static boolean moveRolesToDescription(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return false;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> cleared = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement scheme = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((name, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                scheme.addScheme(name);
            });
            cleared.add(scheme);
        }
        operation.setSecurity(cleared);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", List.copyOf(roles));
            String said = "Roles allowed: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? said : description.strip() + "\n\n" + said);
        }
        return true;
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One wrong field of the request.")
                .addRequired("field").addRequired("message")
                .addProperty("field", string("The field's path in the request, e.g. `owners[1]` or `delegations[0].countryCode`; a query or path parameter by its name.")
                        .examples(List.of("delegations[0].participants[1].officialId")))
                .addProperty("message", string("What is wrong with it.").examples(List.of("must not be blank")));
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail (`application/problem+json`), the body of every error.")
                .addRequired("title").addRequired("status")
                .addProperty("type", string("A URI naming the kind of problem; `about:blank` when the status says it all.")
                        .examples(List.of("about:blank")))
                .addProperty("title", string("The status's short name.").examples(List.of("Bad Request")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").description("The HTTP status.").examples(List.of(400)))
                .addProperty("detail", string("What went wrong, for a person to read.")
                        .examples(List.of("titleAr: must not be blank")))
                .addProperty("instance", string("The request's path.").examples(List.of("/meetings")))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Each wrong field, when the problem is about fields.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
