package org.mutabaa.console.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Failures of the console's own endpoints as RFC 9457 problem+json, naming the wrong field. */
public class ProblemMappers {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A request the console refuses because of one field. */
    public static class InvalidField extends RuntimeException {
        final String field;

        public InvalidField(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    @ServerExceptionMapper
    public Response invalid(InvalidField e) {
        return problem(400, "Bad Request", e.field + ": " + e.getMessage(),
                List.of(Map.of("field", e.field, "message", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) : "";
        String message = e instanceof JsonMappingException ? "has the wrong type or format" : "the body is not valid JSON";
        return problem(400, "Bad Request", field.isEmpty() ? message : field + ": " + message,
                field.isEmpty() ? List.of() : List.of(Map.of("field", field, "message", message)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        return problem(status, known == null ? "HTTP " + status : known.getReasonPhrase(), e.getMessage(), List.of());
    }

    private static Response problem(int status, String title, String detail, List<Map<String, String>> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail,
                        "errors", errors))
                .build();
    }
}
