package org.mutabaa.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mutabaa.platform.domain.ConflictException;
import org.mutabaa.platform.domain.InvalidFieldException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} response that names
 * the wrong field; never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    /** The domain's own refusals (an entity's state rules) are conflicts. */
    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(ProblemException.conflict(e.getMessage()).toProblem(), uri);
    }

    /** The domain's refusals of a value are bad requests naming the field. */
    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return respond(ProblemException.invalidField(e.field(), e.reason()).toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(Problem.of(400, "Bad Request", detail, errors), uri);
    }

    /** Takes precedence over the built-in mapper of this type, which answers without a field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        String message;
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            field = duplicate;
            message = "appears more than once; give each field once";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof JsonMappingException) {
            message = "has the wrong type or format";
        } else {
            message = "the body is not valid JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field.isEmpty() ? message : field + ": " + message;
        return respond(Problem.of(400, "Bad Request", detail, errors), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // The body reader wraps what the JSON parser refused (bad syntax, a field given twice).
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return respond(Problem.of(status, title, e.getMessage(), List.of()), uri);
    }

    /** No token, or one that is expired, wrongly signed or from another issuer. */
    @ServerExceptionMapper({io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                        "a valid bearer token is required", List.of()), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** A valid token whose roles or scope do not allow this. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", e.getMessage() != null && !e.getMessage().isBlank()
                ? e.getMessage() : "your roles do not allow this", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure on " + uri.getPath(), e);
        return respond(Problem.of(500, "Internal Server Error",
                "The request could not be completed; it has been logged.", List.of()), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.at(uri == null ? null : uri.getPath()))
                .build();
    }

    /**
     * The request-body path of a violation ({@code delegations[0].countryCode}), without the
     * resource method and body parameter names; a query or path parameter keeps its own name.
     */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int from = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            from = 1;
        }
        if (nodes.size() > from + 1 && nodes.get(from).getKind() == ElementKind.PARAMETER) {
            from++;
        }
        StringBuilder out = new StringBuilder();
        for (Path.Node node : nodes.subList(from, nodes.size())) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    out.append('[').append(at).append(']');
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate field '(.*)'");

    /** The path of a field a JSON object names twice, or null when that is not the problem. */
    static String duplicateField(JsonProcessingException e) {
        java.util.regex.Matcher m = DUPLICATE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (!m.find()) {
            return null;
        }
        java.util.Deque<String> path = new java.util.ArrayDeque<>();
        path.push(m.group(1));
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
            // The object holding the duplicate, then each enclosing field or array index.
            for (com.fasterxml.jackson.core.JsonStreamContext c = parser.getParsingContext().getParent();
                 c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    path.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    path.push(c.getCurrentName());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String part : path) {
            if (out.length() > 0 && !part.startsWith("[")) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
