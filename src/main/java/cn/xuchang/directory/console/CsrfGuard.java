package cn.xuchang.directory.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.xuchang.directory.common.ApiException;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * 跨站请求伪造防护 (CSRF guard): a change sent with the console's session cookie must also carry the token that
 * {@link ConsoleSessionResource} gave the page, in the {@value #HEADER} header, equal to its {@value #COOKIE} cookie
 * (double submit: another site can neither read the cookie nor the answer that carried the token). A change with a
 * bearer token, or with no session cookie at all, needs none: a browser never adds those by itself.
 * quarkus-rest-csrf checks every change alike, bearer-token ones included, hence this small filter.
 */
class CsrfGuard {

    static final String HEADER = "X-CSRF-Token";
    static final String COOKIE = "console-csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    RoutingContext http;

    @ServerRequestFilter(preMatching = true)
    void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString("Authorization") != null
                || !ConsoleTenants.hasSession(http)) {
            return;
        }
        Cookie cookie = http.request().getCookie(COOKIE);
        String sent = request.getHeaderString(HEADER);
        if (cookie == null || sent == null || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "/problems/csrf", "Forbidden",
                    "A change made with the console's session needs its " + HEADER + " header", List.of());
        }
    }
}
