package cn.xuchang.directory.common;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 认证失败的处理 (authentication failures, handed to the REST layer) without a route lookup on every request. With
 * security and request metrics both present, Quarkus REST 3.33 adds a filter (priority 199, right after
 * authentication at 200) that names the route for the metrics on every request, in case authentication fails later —
 * building a whole request mapper each time (10% of a status answer) — and then installs a handler that fails the
 * request into the REST layer, where failures become problem details. This route, added before that filter among
 * routes of the same order and so run just before it, installs the same handler; that filter then leaves the request
 * alone. A request the REST layer matches gets its route template from the REST layer as before (its metrics keep
 * their {@code uri} label); the security checks that run before it are for fixed paths only.
 */
@ApplicationScoped
public class AuthenticationFailures {

    /** Where Quarkus keeps the handler of a failed authentication in the routing context. */
    static final String HANDLER_KEY = "io.quarkus.vertx.http.auth-failure-handler";

    /** Quarkus's filter of priority p has route order -p: after authentication (-200), with that filter (-199). */
    private static final int ORDER = -199;

    /** What Quarkus REST installs: the failure goes to the router, which hands it to the REST layer's mappers. */
    private static final BiConsumer<RoutingContext, Throwable> FAIL_INTO_REST_LAYER = (context, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (context.get(HANDLER_KEY) instanceof DefaultAuthFailureHandler) {
                context.put(HANDLER_KEY, FAIL_INTO_REST_LAYER);
            }
            context.next();
        });
    }
}
