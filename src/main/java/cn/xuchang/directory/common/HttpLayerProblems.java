package cn.xuchang.directory.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * 协议层错误 (errors of the HTTP layer): what is decided before the REST layer runs — a body, request line or
 * headers too large, a request target that is not a URI (a broken %-escape), no Host header or two, an HTTP
 * version other than 1.0, 1.1 and 2, a body too slow ({@link RequestBodies}) — answered in the one {@link Problem}
 * shape like every other error. These answers come before any route, so their metrics are labelled with one
 * {@link MetricLabels#UNROUTED} rather than each with its own path.
 *
 * <p>Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) and a
 * request line it cannot parse at all ({@code HELLO}) are answered by Vert.x itself, without a body: Quarkus offers
 * no hook there. So the service checks its own, lower limits here, and Vert.x's stay a last resort well above them.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    /**
     * First: before Quarkus's own check of Content-Length (order -2), which answers 413 without a body, and before
     * its authentication and metrics routes, which fail on a path they cannot decode.
     */
    private static final int FIRST = Integer.MIN_VALUE;

    private static final String NOT_A_URI =
            "not a valid URI: each % takes two hexadecimal digits; escape quotes, spaces and non-ASCII as %XX";

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final RequestBodies bodies;
    private final AbortedRequests aborted;

    HttpLayerProblems(ObjectMapper json, DirectoryConfig config, RequestBodies bodies, AbortedRequests aborted) {
        this.json = json;
        this.maxUriLength = config.http().maxUriLength();
        this.maxHeaderSize = config.http().maxHeaderSize().asLongValue();
        this.bodies = bodies;
        this.aborted = aborted;
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::refuseWhatIsNotServed);
        // The router fails a request without a Host header before any route runs: failure handlers see it.
        router.route().order(FIRST).failureHandler(this::failed);
        // A failure while the router matches a route skips failure handlers and goes to these, by status.
        for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
            router.errorHandler(status, context -> answer(context, problem(context, status)));
        }
    }

    private void refuseWhatIsNotServed(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.version() == null) {
            answer(context, new Problem("about:blank", ProblemMapper.title(505), 505,
                    "This service answers HTTP/1.0, HTTP/1.1 and HTTP/2 only", request.path(), List.of()));
        } else if (request.uri().length() > maxUriLength) {
            // The instance would echo the whole overlong target; it is left out.
            answer(context, new Problem("about:blank", ProblemMapper.title(414), 414,
                    "The request target (path and query) is longer than " + maxUriLength + " characters", null,
                    List.of()));
        } else if (headerSize(request) > maxHeaderSize) {
            answer(context, new Problem("about:blank", ProblemMapper.title(431), 431,
                    "The request headers are larger than " + maxHeaderSize / 1024 + " KiB in all", request.path(),
                    List.of()));
        } else if (request.version() == HttpVersion.HTTP_1_1 && request.headers().getAll(HttpHeaders.HOST).size() != 1) {
            // RFC 9112: exactly one. (With quarkus.http.proxy.* on, Quarkus fills in a missing Host itself.)
            answer(context, noHost(request.path()));
        } else if (!isUri(request.uri())) {
            String field = isUri(request.uri().split("\\?", 2)[0]) ? "query" : "path";
            answer(context, invalid(field, NOT_A_URI, request.path()));
        } else if (RequestBodies.contentLength(request) > bodies.limit(request)) {
            answer(context, tooLarge(request));
        } else if (RequestBodies.hasBody(request)) {
            // Read here, on the event loop, before a worker takes the request; a chunked body, which has no length to
            // check up front, is counted as it comes, and beyond the limit the failure handler answers 413.
            bodies.read(context, () -> tooSlow(context));
        } else {
            context.next();
        }
    }

    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return; // answered already (a 408 closes the connection, which fails the unfinished read): counted then
        }
        if (AbortedRequests.isAbort(context.failure()) || context.response().closed()) {
            aborted.note(context.request().path(), "client gone");
            return;
        }
        if (context.failure() instanceof io.quarkus.security.AuthenticationException) {
            // Sign-in steps of the console (a redirect after the code exchange, a failed one): Quarkus answers them.
            context.next();
            return;
        }
        int status = context.statusCode() != -1 ? context.statusCode()
                : context.failure() instanceof HttpException e ? e.getStatusCode() : 500;
        if (status >= 500) {
            LOG.error("Unexpected failure on " + context.request().path(), context.failure());
        }
        answer(context, problem(context, status));
    }

    private Problem problem(RoutingContext context, int status) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (status == 400 && request.version() != HttpVersion.HTTP_1_0 && request.authority() == null) {
            return noHost(path);
        }
        if (status == 400) {
            return new Problem("about:blank", ProblemMapper.title(400), 400, "The request is malformed", path,
                    List.of());
        }
        if (status == 413) {
            return tooLarge(request);
        }
        if (status >= 500) {
            return new Problem("/problems/internal-error", "Internal error", 500,
                    "The service could not answer this request; it has been logged", path, List.of());
        }
        return ProblemMapper.ofStatus(status, path);
    }

    private static Problem noHost(String path) {
        return invalid("Host", "send one Host header: HTTP/1.1 requires it", path);
    }

    private Problem tooLarge(HttpServerRequest request) {
        return new Problem("about:blank", ProblemMapper.title(413), 413,
                "The request body is larger than " + bodies.limit(request) / 1024 + " KiB", request.path(), List.of());
    }

    /** A body still arriving at the deadline: 408, and the connection is closed (see {@link #answer}). */
    private void tooSlow(RoutingContext context) {
        aborted.note(context.request().path(), "body too slow (408)");
        answer(context, new Problem("about:blank", ProblemMapper.title(408), 408,
                "The request body did not arrive within " + bodies.timeout().toSeconds() + " seconds (plus one second "
                        + "for every " + bodies.minRate() + " bytes received)",
                context.request().path(), List.of()));
    }

    private static Problem invalid(String field, String message, String path) {
        return new Problem("/problems/invalid-input", "Invalid input", 400, field + ": " + message, path,
                List.of(new Problem.FieldError(field, message)));
    }

    /** Answers with {@code problem} unless the answer is under way; for the other handlers before the REST layer. */
    public void answer(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Too late for another status: cut the answer short rather than send a wrong one.
            response.reset();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if ((problem.status() == 413 || problem.status() == 408) && context.request().version() != HttpVersion.HTTP_2) {
            // The rest of the body is not read: close the connection after the answer rather than take its bytes
            // for the next request, or wait for them.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        MetricLabels.markUnrouted();
        response.setStatusCode(problem.status());
        response.headers().set(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // Some of these are answered before the route that adds the security headers has run.
        SecurityHeaders.set(context);
        response.end(body);
    }

    /**
     * Whether java.net.URI takes the request target, as Quarkus checks before any route runs — a check turned off
     * ({@code vertx.disableURIValidation}, see {@link DirectoryMain}) because it answers 400 without a body, and
     * made here instead.
     */
    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
    }
}
