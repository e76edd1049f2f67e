package cn.xuchang.directory.common;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns every failure into one {@link Problem} body, without Java class names or stack traces. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** The one patch document the API takes. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    AbortedRequests aborted;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(e.toProblem(path(uri)));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input");
        return respond(new Problem("/problems/invalid-input", "Invalid input", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(ApiException.fromJson(e).toProblem(path(uri)));
    }

    /** Named as well, so that it takes precedence over Quarkus's built-in mapper, which answers without a body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException body) {
            // Quarkus wraps what the parser refuses (broken JSON, a key twice) in a bare 400: say what and where.
            return json(body, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        boolean patchType = status == 415 && "PATCH".equals(request.getMethod());
        Response.ResponseBuilder builder = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(patchType ? notAMergePatch(path(uri)) : ofStatus(status, path(uri)));
        if (patchType) {
            // RFC 5789: a 415 to a PATCH says which patch documents the resource takes.
            builder.header("Accept-Patch", MERGE_PATCH);
        }
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem("/problems/unauthorized", "Unauthorized", 401,
                        "Send a valid bearer token of an editor or an admin", path(uri), List.of()))
                .build();
    }

    /**
     * A console session cookie the identity provider no longer honours (signed out, ended by an admin, expired):
     * quarkus-oidc refuses it with this exception, and clears the cookie.
     */
    @ServerExceptionMapper
    public Response sessionEnded(AuthenticationCompletionException e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem("/problems/unauthorized", "Unauthorized", 401,
                        "The console session has ended (signed out or expired): sign in again", path(uri),
                        List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("/problems/forbidden", "Forbidden", 403,
                "Your token does not allow this change", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (AbortedRequests.isAbort(e)) {
            // The client hung up while its body was read: nobody to answer, nothing wrong here.
            aborted.note(path(uri), "client gone");
        } else {
            LOG.error("Unexpected failure on " + path(uri), e);
        }
        return respond(new Problem("/problems/internal-error", "Internal error", 500,
                "The service could not answer this request; it has been logged", path(uri), List.of()));
    }

    /** The problem for a plain HTTP status, from the REST layer or before it ({@link HttpLayerProblems}). */
    static Problem ofStatus(int status, String instance) {
        String detail = switch (status) {
            case 400 -> "The request is malformed: check that the body is valid JSON";
            case 404 -> "No resource at this path";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "This resource answers only in JSON";
            case 415 -> "Send the request body as application/json";
            default -> title(status);
        };
        return new Problem("about:blank", title(status), status, detail, instance, List.of());
    }

    /** Every PATCH of this API takes JSON Merge Patch; plain application/json would leave open which patch is meant. */
    private static Problem notAMergePatch(String instance) {
        return new Problem("about:blank", title(415), 415, "PATCH 只接受 JSON Merge Patch (send the body as "
                + MERGE_PATCH + ", RFC 7396; application/json is not taken)", instance, List.of());
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

}
