package cn.xuchang.directory.common;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * 请求体 (request bodies): each read whole on the event loop, within its endpoint's size limit and a deadline, before
 * the request goes on to the REST layer. A blocking endpoint would otherwise read its body on a worker thread, so that
 * a few hundred clients sending a body a byte at a time held every worker (and readiness and every read with them);
 * now a slow body holds only its socket and the bytes it has sent, and a worker runs once the whole body is in.
 *
 * <p>A citizen report is a few hundred bytes, so its anonymous endpoint takes far less than the records editors send.
 */
@ApplicationScoped
class RequestBodies {

    static final String REPORTS = "/api/v1/reports";
    /** Spreadsheet uploads (spreadsheet/ImportResource): the one endpoint that takes megabytes. */
    static final String IMPORTS = "/api/v1/imports";

    private final long maxBodySize;
    private final long maxReportBodySize;
    private final long maxUploadBodySize;
    private final Duration timeout;
    private final BodyHandler records;
    private final BodyHandler reports;
    private final BodyHandler uploads;

    /** {@code quarkus.http.limits.max-body-size} is Vert.x's own ceiling, kept at the largest of the limits here. */
    RequestBodies(DirectoryConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling) {
        this.maxBodySize = Math.min(config.http().maxBodySize().asLongValue(), ceiling.asLongValue());
        this.maxReportBodySize = Math.min(config.http().maxReportBodySize().asLongValue(), this.maxBodySize);
        this.maxUploadBodySize = Math.min(config.http().maxUploadBodySize().asLongValue(), ceiling.asLongValue());
        this.timeout = config.http().bodyTimeout();
        this.records = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
        this.reports = BodyHandler.create(false).setBodyLimit(this.maxReportBodySize);
        this.uploads = BodyHandler.create(false).setBodyLimit(this.maxUploadBodySize);
    }

    /** The largest body this request may carry. */
    long limit(HttpServerRequest request) {
        return isReport(request) ? maxReportBodySize : isUpload(request) ? maxUploadBodySize : maxBodySize;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Whether an HTTP/1.x request has a body on its way, announced by Content-Length or chunked. An HTTP/2 body is
     * left to the REST layer, which pauses the stream itself and cannot take one read before it (Vert.x refuses to
     * pause an ended HTTP/2 request); a balancer in front speaks HTTP/1.1 to the service.
     */
    static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return false;
        }
        long length = contentLength(request);
        return length > 0 || length < 0 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Reads the body, then goes on to the next route. Beyond the limit the request fails with 413 (at once when the
     * Content-Length says so); a body not in by the deadline is answered by {@code onTimeout}, which closes the
     * connection.
     */
    void read(RoutingContext context, Runnable onTimeout) {
        long timer = context.vertx().setTimer(timeout.toMillis(), fired -> {
            // A body read whole has ended the request, however long the worker then takes (a spreadsheet's preview).
            if (!context.request().isEnded()) {
                onTimeout.run();
            }
        });
        context.addEndHandler(ended -> context.vertx().cancelTimer(timer));
        (isReport(context.request()) ? reports : isUpload(context.request()) ? uploads : records).handle(context);
    }

    static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isUpload(HttpServerRequest request) {
        String path = request.path();
        return request.method() == HttpMethod.POST && path != null
                && (path.equals(IMPORTS) || path.equals(IMPORTS + "/"));
    }

    private static boolean isReport(HttpServerRequest request) {
        String path = request.path();
        return request.method() == HttpMethod.POST && path != null
                && (path.equals(REPORTS) || path.equals(REPORTS + "/"));
    }
}
