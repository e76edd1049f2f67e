package cn.xuchang.directory.common;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * 指标标签 (metric labels): the {@code uri} label of the request metrics is a route template
 * ({@code /api/v1/hotlines/{id}}) or one shared value, never a path a client made up. Quarkus labels a request no
 * route matched with its raw path unless it is a 404 or a redirect; a client sending {@code /api/v1/hotlines/%zz1},
 * {@code %zz2}… would add a series each until the label cap, after which real endpoints got none. Every request
 * answered before routing ({@link HttpLayerProblems}) is therefore labelled {@value #UNROUTED}.
 */
@Singleton
public class MetricLabels implements HttpServerMetricsTagsContributor {

    /** The one {@code uri} label of requests refused before any route (malformed, too large, too slow…). */
    public static final String UNROUTED = "UNROUTED";

    private static final String KEY = MetricLabels.class.getName();
    private static final Tags UNROUTED_TAGS = Tags.of("uri", UNROUTED);
    /** Where the REST layer keeps the route template it matched (Quarkus's ObservabilityUtil). */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    /** The route template the REST layer labelled the current request with, if it matched one. */
    public static String routeTemplate() {
        return onRequestContext() ? ContextLocals.<String>get(ROUTE_TEMPLATE).orElse(null) : null;
    }

    /** Labels the current request with a route template, as the REST layer would, for a request answered before it. */
    public static void labelRoute(String template) {
        if (template != null && onRequestContext()) {
            ContextLocals.put(ROUTE_TEMPLATE, template);
        }
    }

    private static boolean onRequestContext() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context);
    }

    /** Marks the current request, on its own (duplicated) Vert.x context, as answered before routing. */
    static void markUnrouted() {
        if (onRequestContext()) {
            ContextLocals.put(KEY, Boolean.TRUE);
        }
    }

    /**
     * Unrouted too: an API request the REST layer answered without matching an operation (refused by a check before
     * matching, or 405, 406, 415 on a path no method takes), which has no route template; 404s keep Quarkus's
     * NOT_FOUND. (Quarkus used to name every request's route up front; {@link AuthenticationFailures} says why it
     * no longer does.)
     */
    @Override
    public Tags contribute(Context context) {
        if (Boolean.TRUE.equals(context.requestContextLocalData(KEY))) {
            return UNROUTED_TAGS;
        }
        String path = context.request().path();
        int status = context.response() == null ? 0 : context.response().statusCode();
        boolean untemplated = context.requestContextLocalData(ROUTE_TEMPLATE) == null;
        return untemplated && path != null && path.startsWith("/api/") && status != 404 && (status < 300 || status >= 400)
                ? UNROUTED_TAGS : Tags.empty();
    }
}
