package cn.xuchang.directory.common;

import java.nio.file.Path;
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
    private final long minRate;
    private final BodyHandler records;
    private final BodyHandler reports;
    private final BodyHandler uploads;
    private final BodyHandler forms;

    /** {@code quarkus.http.limits.max-body-size} is Vert.x's own ceiling, kept at the largest of the limits here. */
    RequestBodies(DirectoryConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceiling) {
        this.maxBodySize = Math.min(config.http().maxBodySize().asLongValue(), ceiling.asLongValue());
        this.maxReportBodySize = Math.min(config.http().maxReportBodySize().asLongValue(), this.maxBodySize);
        this.maxUploadBodySize = Math.min(config.http().maxUploadBodySize().asLongValue(), ceiling.asLongValue());
        this.timeout = config.http().bodyTimeout();
        this.minRate = Math.max(1, config.http().bodyMinRate().asLongValue());
        this.records = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
        this.reports = BodyHandler.create(false).setBodyLimit(this.maxReportBodySize);
        this.uploads = BodyHandler.create(false).setBodyLimit(this.maxUploadBodySize);
        // A browser form's file goes to a temporary file (Vert.x takes the form apart), deleted once answered.
        this.forms = BodyHandler.create(true).setBodyLimit(this.maxUploadBodySize).setMergeFormAttributes(false)
                .setUploadsDirectory(Path.of(System.getProperty("java.io.tmpdir"), "xuchang-uploads").toString())
                .setDeleteUploadedFilesOnEnd(true);
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
     * Content-Length says so). The deadline is {@code body-timeout} after the headers, put back by every byte that
     * arrives by 1/{@code body-min-rate} s: a body arriving at least that fast is never cut, however large, while one
     * that trickles in a byte at a time is answered by {@code onTimeout} (which closes the connection) close to the
     * plain timeout.
     */
    void read(RoutingContext context, Runnable onTimeout) {
        new Deadline(context, onTimeout).start();
        HttpServerRequest request = context.request();
        (isReport(request) ? reports : !isUpload(request) ? records : isForm(request) ? forms : uploads).handle(context);
    }

    /** The body's deadline, moved on as its bytes arrive; checked on the event loop only, hence no locking. */
    private final class Deadline {

        private final RoutingContext context;
        private final Runnable onTimeout;
        private final long started = System.nanoTime();
        private long timer;

        Deadline(RoutingContext context, Runnable onTimeout) {
            this.context = context;
            this.onTimeout = onTimeout;
        }

        void start() {
            timer = context.vertx().setTimer(timeout.toMillis(), fired -> check());
            context.addEndHandler(ended -> context.vertx().cancelTimer(timer));
        }

        private void check() {
            if (arrived()) {
                return; // read whole: however long the worker then takes (a spreadsheet's preview)
            }
            long allowed = timeout.toMillis() + context.request().bytesRead() * 1000 / minRate;
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (elapsed >= allowed) {
                onTimeout.run();
            } else {
                timer = context.vertx().setTimer(allowed - elapsed, fired -> check());
            }
        }

        /**
         * All its announced bytes read, or handed on by the BodyHandler. The request's own isEnded() is not enough: it
         * turns false again while the REST layer pauses the request for its worker.
         */
        private boolean arrived() {
            HttpServerRequest request = context.request();
            long length = contentLength(request);
            return length >= 0 && request.bytesRead() >= length || context.body().buffer() != null
                    || request.isEnded();
        }
    }

    /** At least this many bytes a second keep a body from its deadline. */
    long minRate() {
        return minRate;
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

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
    }

    private static boolean isReport(HttpServerRequest request) {
        String path = request.path();
        return request.method() == HttpMethod.POST && path != null
                && (path.equals(REPORTS) || path.equals(REPORTS + "/"));
    }
}
