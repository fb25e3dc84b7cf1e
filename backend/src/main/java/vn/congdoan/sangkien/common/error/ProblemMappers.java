package vn.congdoan.sangkien.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every error leaves the API as application/problem+json; this is the one place that decides how. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldProblem)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::rule))
                .collect(Collectors.toList());
        return respond(ApiException.invalid(errors).toProblem(path(uri)));
    }

    // Quarkus ships mappers for these two Jackson types; naming them here puts ours first.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        FieldProblem problem;
        if (e instanceof TextRuleException text) {
            problem = FieldProblem.of(jsonPath(text), text.rule());
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            problem = FieldProblem.of(jsonPath(unknown), "UnknownField");
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = FieldProblem.of(jsonPath(mapping), "Type");
        } else {
            problem = FieldProblem.of("body", "Json");
        }
        return respond(ApiException.invalid(problem).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri); // the body reader wraps what Jackson could not read
        }
        if (e.getCause() instanceof ApiException api) {
            return api(api, uri); // a parameter converter's refusal, wrapped by JAX-RS
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return httpProblem(status, uri);
    }

    private static Response httpProblem(int status, UriInfo uri) {
        String key = switch (status) {
            case 401, 403, 404, 405, 406, 413, 415 -> "http." + status;
            default -> "http.400";
        };
        Response response = respond(problem(key, status, uri));
        return status == 401 ? Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build() : response;
    }

    private static Problem problem(String key, int status, UriInfo uri) {
        return Problem.of(key, status, path(uri));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return httpProblem(401, uri);
    }

    /** A bad token is the client's 401; an identity provider or a database we cannot reach is our 503, said plainly. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return unexpected(e, uri);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OIDCException || cause instanceof java.net.ConnectException) {
                return identityProviderUnavailable(cause, uri);
            }
        }
        return httpProblem(401, uri);
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e, UriInfo uri) {
        return identityProviderUnavailable((Throwable) e, uri);
    }

    private static Response identityProviderUnavailable(Throwable cause, UriInfo uri) {
        LOG.warn("Identity provider unavailable: " + cause.getMessage());
        return Response.fromResponse(respond(problem("identity-unavailable", 503, uri))).header("Retry-After", "30").build();
    }

    /** Retry-After for a database that cannot be reached: about the time PostgreSQL takes to restart. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    private static Response databaseUnavailable(String why, UriInfo uri) {
        LOG.warn("Database unavailable on " + path(uri) + ": " + why);
        return Response.fromResponse(respond(problem("database-unavailable", 503, uri)))
                .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return httpProblem(403, uri);
    }

    /**
     * Whatever else escaped: a lost race is the client's 409 (an optimistic-lock or lock-wait loss, or a unique key
     * or reference another request took or removed between our check and our write, e.g. two units created with one
     * code at once); a database that cannot be reached (restarting, down, no connection in time) is our 503 with
     * Retry-After ({@link DatabaseUnavailable}); anything else is our 500, logged.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<String> databaseDown = DatabaseUnavailable.why(e);
        if (databaseDown.isPresent()) {
            return databaseUnavailable(databaseDown.get(), uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof PessimisticLockException || cause instanceof LockAcquisitionException) {
                return respond(ApiException.conflict("concurrent-update").toProblem(path(uri)));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() != null) {
                switch (violation.getKind()) {
                    case UNIQUE -> {
                        LOG.info("Unique key " + violation.getConstraintName() + " taken concurrently on " + path(uri));
                        return respond(ApiException.conflict("duplicate").toProblem(path(uri)));
                    }
                    case FOREIGN_KEY -> {
                        LOG.info("Reference " + violation.getConstraintName() + " changed concurrently on " + path(uri));
                        return respond(ApiException.conflict("conflict").toProblem(path(uri)));
                    }
                    default -> {
                        // NOT NULL / CHECK: our validation missed something, a 500 to fix.
                    }
                }
            }
            if (cause instanceof ApiException api) {
                return api(api, uri);
            }
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(problem("internal", 500, uri));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        String rule = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return ValidationTexts.fieldProblem(FieldPaths.of(violation.getPropertyPath()), rule,
                violation.getConstraintDescriptor().getAttributes(), violation.getMessage());
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
