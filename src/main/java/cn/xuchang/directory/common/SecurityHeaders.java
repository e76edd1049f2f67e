package cn.xuchang.directory.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 安全响应头 (security headers) on every answer, each fit for what it carries: a page gets a Content-Security-Policy
 * that allows only its own files, JSON and everything else a policy that allows nothing; no answer may be framed,
 * sniffed as another type or leak the address in a Referer; HSTS only over HTTPS; and the citizen page's files are
 * revalidated on every use, so that a fix reaches phones at once rather than a day later.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The citizen page has no inline script or style. Its icon is an empty {@code data:} URL (so that browsers do not
     * ask for /favicon.ico), hence the one exception for images.
     */
    static final CharSequence PAGE_POLICY = HttpHeaders.createOptimized(
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");

    /** Swagger UI starts itself with an inline script and styles, and draws its icons from data: URLs. */
    static final CharSequence SWAGGER_UI_POLICY = HttpHeaders.createOptimized("default-src 'self'; "
            + "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");

    /** JSON, problem details, CSS, scripts: nothing in them may load or run anything when opened as a document. */
    static final CharSequence DATA_POLICY = HttpHeaders.createOptimized("default-src 'none'; frame-ancestors 'none'");

    /** A year; no includeSubDomains, since the other hosts of the domain are not this service's to decide. */
    static final CharSequence HSTS = HttpHeaders.createOptimized("max-age=31536000");

    /*
     * Names and values made once (Netty's AsciiString keeps its hash and bytes): set on every answer, a plain String
     * would be hashed and encoded character by character each time.
     */
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence STRICT_TRANSPORT_SECURITY = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ended -> set(context));
            context.next();
        });
    }

    /**
     * A page is HTML; a 304 has no Content-Type, but a browser takes its headers over into the page it has cached,
     * so a 304 for a page's address gets the page's policy too.
     */
    private static CharSequence policy(String path, String type) {
        boolean page = type != null ? type.startsWith("text/html")
                : !path.startsWith("/api/") && (path.endsWith("/") || path.endsWith(".html"));
        return !page ? DATA_POLICY : path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : PAGE_POLICY;
    }

    /** Sets the headers for this answer; its Content-Type, if it has one, must be set already. */
    static void set(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.request().path() == null ? "" : context.request().path();
        headers.set(CONTENT_SECURITY_POLICY, policy(path, headers.get(HttpHeaders.CONTENT_TYPE)));
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(REFERRER_POLICY, NO_REFERRER);
        // scheme() is the balancer's X-Forwarded-Proto when quarkus.http.proxy.* trusts it.
        if ("https".equals(context.request().scheme())) {
            headers.set(STRICT_TRANSPORT_SECURITY, HSTS);
        }
        // The page's files (index.html, citizen.css, citizen.js) come with Last-Modified; Vert.x marks them
        // immutable for a day. no-cache keeps them cached but asks each time, a 304 when nothing changed.
        int status = context.response().getStatusCode();
        if (!path.startsWith("/api/") && !path.startsWith("/q/") && (status == 200 || status == 304)) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        }
    }
}
