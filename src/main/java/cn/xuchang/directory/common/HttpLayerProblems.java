package cn.xuchang.directory.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;

/**
 * 协议层错误 (errors of the HTTP layer): what is decided before the REST layer runs — a body, request line or
 * headers too large, a request target that is not a URI (a broken %-escape), no Host header or two, an HTTP
 * version other than 1.0, 1.1 and 2 — answered in the one {@link Problem} shape like every other error.
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
    private final long maxBodySize;
    private final BodyHandler chunkedBodies;

    HttpLayerProblems(ObjectMapper json, DirectoryConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.json = json;
        this.maxUriLength = config.http().maxUriLength();
        this.maxHeaderSize = config.http().maxHeaderSize().asLongValue();
        this.maxBodySize = maxBodySize.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
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
        } else if (contentLength(request) > maxBodySize) {
            answer(context, tooLarge(request.path()));
        } else if (contentLength(request) < 0 && request.version() != HttpVersion.HTTP_2
                && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A chunked body has no length to check up front, and the REST layer, counting it as it reads, answers
            // 413 without a body. Read here instead, up to the limit; beyond, the failure handler answers 413.
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    private void failed(RoutingContext context) {
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
            return tooLarge(path);
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

    private Problem tooLarge(String path) {
        return new Problem("about:blank", ProblemMapper.title(413), 413,
                "The request body is larger than " + maxBodySize / 1024 + " KiB", path, List.of());
    }

    private static Problem invalid(String field, String message, String path) {
        return new Problem("/problems/invalid-input", "Invalid input", 400, field + ": " + message, path,
                List.of(new Problem.FieldError(field, message)));
    }

    void answer(RoutingContext context, Problem problem) {
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
        if (problem.status() == 413 && context.request().version() != HttpVersion.HTTP_2) {
            // The rest of the body is not read: close the connection after the answer rather than take its bytes
            // for the next request, or wait for them.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
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

    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
