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

    /** Marks the current request, on its own (duplicated) Vert.x context, as answered before routing. */
    static void markUnrouted() {
        io.vertx.core.Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            ContextLocals.put(KEY, Boolean.TRUE);
        }
    }

    @Override
    public Tags contribute(Context context) {
        return Boolean.TRUE.equals(context.requestContextLocalData(KEY)) ? UNROUTED_TAGS : Tags.empty();
    }
}
