package cn.xuchang.directory.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 跨域访问 (cross-origin use): a partner's web page may read the public directory from any origin, without
 * credentials; changes, citizen reports and reads with a bearer token come only from the origins in
 * {@code directory.cors.origins} or from the service's own pages. Quarkus's CORS filter has one list for
 * everything, hence this handler. A preflight the service will not allow is a 403 problem without any
 * Access-Control header; a non-read request from an unlisted origin is refused before it is handled, so that
 * even a request a browser sends without asking first changes nothing.
 */
@ApplicationScoped
public class CrossOrigin {

    /** What a partner may read off an answer besides the basic headers. */
    static final CharSequence EXPOSED = HttpHeaders.createOptimized("ETag, Last-Modified, Location, Retry-After, "
            + "RateLimit, RateLimit-Policy, Deprecation, Sunset, Link");

    /** Any origin may read (made once, as Netty's AsciiString, since every read carries it). */
    private static final CharSequence ANY = HttpHeaders.createOptimized("*");

    /** What an anonymous reader may send: conditional requests and a partner key. */
    private static final Set<String> READ_HEADERS = Set.of("accept", "accept-language", "if-none-match",
            "if-modified-since", "x-api-key", "cache-control");

    private static final String WRITE_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    private static final String WRITE_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, "
            + "If-Modified-Since, X-API-Key, Accept, Accept-Language";

    /** A day: browsers cap it lower (Chromium: 2 h), and the rules change only with configuration. */
    private static final String MAX_AGE = "86400";

    /** After the HTTP layer's own checks and the security headers, before any route. */
    private static final int ORDER = Integer.MIN_VALUE + 10;

    private final List<String> origins;
    private final HttpLayerProblems problems;

    CrossOrigin(DirectoryConfig config, HttpLayerProblems problems) {
        this.origins = config.cors().origins().orElse(List.of());
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        MultiMap headers = context.response().headers();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String preflightMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (origin != null && request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            preflight(context, origin, preflightMethod, request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS));
            return;
        }
        if (isRead(request.method().name()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // The same headers whether or not the request names an origin, so a shared cache may keep one copy.
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY);
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        } else {
            headers.add(HttpHeaders.VARY, "Origin");
            if (origin != null && !sameOrigin(request, origin)) {
                if (!origins.contains(origin)) {
                    refuse(context, origin);
                    return;
                }
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            }
        }
        context.next();
    }

    private void preflight(RoutingContext context, String origin, String method, String requestedHeaders) {
        MultiMap headers = context.response().headers();
        headers.add(HttpHeaders.VARY, "Origin");
        if (isRead(method) && onlyReadHeaders(requestedHeaders)) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Accept-Language, If-None-Match, "
                    + "If-Modified-Since, X-API-Key, Cache-Control");
        } else if (origins.contains(origin)) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, WRITE_METHODS);
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, WRITE_HEADERS);
        } else {
            refuse(context, origin);
            return;
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
        context.response().setStatusCode(204).end();
    }

    private void refuse(RoutingContext context, String origin) {
        problems.answer(context, new Problem("/problems/origin-not-allowed", ProblemMapper.title(403), 403,
                "Origin " + origin + " may only read the directory without signing in; changes come from the "
                        + "origins the service lists (directory.cors.origins)",
                context.request().path(), null));
    }

    private static boolean isRead(String method) {
        return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
    }

    private static boolean onlyReadHeaders(String requested) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        for (String header : requested.split(",")) {
            if (!header.isBlank() && !READ_HEADERS.contains(header.trim().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The service's own pages send Origin on their reports. Compared by host and port, not scheme: behind a
     * balancer that ends TLS without being trusted to say so, the request arrives as http while the page was https;
     * a browser does not let a page set the Host header, so this cannot be used to pass as the service.
     */
    static boolean sameOrigin(HttpServerRequest request, String origin) {
        HostAndPort authority = request.authority();
        int schemeEnd = origin.indexOf("://");
        if (authority == null || schemeEnd < 0) {
            return false;
        }
        String originAuthority = origin.substring(schemeEnd + 3);
        String host = authority.host();
        return authority.port() < 0
                ? originAuthority.equalsIgnoreCase(host) || originAuthority.equalsIgnoreCase(host + ":443")
                        || originAuthority.equalsIgnoreCase(host + ":80")
                : originAuthority.equalsIgnoreCase(host + ":" + authority.port());
    }
}
