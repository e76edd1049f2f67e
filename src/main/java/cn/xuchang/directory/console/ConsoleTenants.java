package cn.xuchang.directory.console;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * 租户选择 (tenant choice): a bearer token is checked by the default tenant (the API's issuer); the console's pages,
 * and API calls that carry the console's session cookie and no token, by the {@value #CONSOLE} tenant (sign-in at
 * the identity provider with the authorization code flow). Without a configured console tenant, everything is the
 * default tenant's.
 */
@ApplicationScoped
class ConsoleTenants implements TenantResolver {

    static final String CONSOLE = "console";
    /** quarkus-oidc's id of the default tenant: named, or quarkus-oidc would choose a tenant by the cookies sent. */
    static final String API = "Default";
    /** quarkus-oidc's session cookie of the console tenant. */
    static final String SESSION_COOKIE = "q_session_" + CONSOLE;

    @ConfigProperty(name = "quarkus.oidc.console.tenant-enabled", defaultValue = "false")
    boolean consoleEnabled;

    @Override
    public String resolve(RoutingContext context) {
        if (!consoleEnabled || context.request().getHeader("Authorization") != null) {
            return API;
        }
        String path = context.normalizedPath();
        return path.startsWith("/console/") || hasSession(context) ? CONSOLE : API;
    }

    /** True when the request carries the console's session cookie (possibly split into chunks by quarkus-oidc). */
    static boolean hasSession(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }
}
