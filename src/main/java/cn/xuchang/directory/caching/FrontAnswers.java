package cn.xuchang.directory.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import cn.xuchang.directory.common.MetricLabels;
import cn.xuchang.directory.hours.OpeningHours;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 前置答案 (answers in front): a GET under /api/ that asks exactly what an earlier request asked, of the same snapshot
 * (and, where the answer says what is open now, in the same minute), is answered with that earlier answer as it was
 * sent — headers and body — before the REST layer runs; the REST layer's own work was most of what such an answer
 * cost. Only answers a resource marks replayable are kept (status, resolve and lookup: functions of the request and
 * the snapshot alone), only those of status 200, and never for a request that is signed in (Authorization) or
 * conditional: those go to the REST layer, as does every request whose answer is not kept. The checks of the HTTP
 * layer, the security and cross-origin headers and the read rate limit run before, for every request alike; the
 * handlers after this one (Quarkus's HTTP security among them) do not run for a sent-again answer, so only answers
 * that are the same for everyone who may read them, public reads, may be marked replayable.
 */
@ApplicationScoped
public class FrontAnswers {

    /** After the HTTP checks, the security and cross-origin headers and the read rate limit (orders up to +20). */
    private static final int ORDER = Integer.MIN_VALUE + 30;
    /** The request as this handler saw it, when its answer was not kept: where the REST layer's answer may go. */
    private static final String ASKED = FrontAnswers.class.getName() + ".asked";
    /** Set by a resource: the answer it gives may be kept, in this snapshot's replays, for this minute. */
    private static final String REPLAYABLE = FrontAnswers.class.getName() + ".replayable";
    private static final List<CharSequence> PERSONAL_OR_CONDITIONAL = List.of(HttpHeaders.AUTHORIZATION,
            HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_MATCH,
            HttpHeaders.createOptimized("If-Unmodified-Since"));

    private record Replayable(Replays replays, long minute) {
    }

    private final DirectoryCache directory;
    private final OpeningHours hours;
    private final Counter replayed;

    FrontAnswers(DirectoryCache directory, OpeningHours hours, MeterRegistry metrics) {
        this.directory = directory;
        this.hours = hours;
        this.replayed = Counter.builder("directory.answers.replayed")
                .description("Answers sent again in front of the REST layer to a request identical to an earlier one")
                .register(metrics);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::replay);
    }

    /**
     * Marks the answer this request gets as the same for every identical request while the snapshot these replays
     * belong to is served and, unless {@link Replays#WHOLE_SNAPSHOT}, within this minute.
     */
    static void replayable(Replays replays, long minute) {
        if (onRequestContext()) {
            ContextLocals.put(REPLAYABLE, new Replayable(replays, minute));
        }
    }

    private void replay(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (request.method() != HttpMethod.GET || path == null || !path.startsWith("/api/")
                || personalOrConditional(request.headers()) || !onRequestContext()) {
            context.next();
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.length() > Replays.Request.MAX_ACCEPT) {
            context.next();
            return;
        }
        Replays.Request asked = new Replays.Request(request.uri(), accept);
        Replays.Answer kept = directory.served().derived(AnswerCaches.PerSnapshot.class).replays()
                .find(asked, hours.minute());
        if (kept == null) {
            ContextLocals.put(ASKED, asked);
            context.next();
            return;
        }
        MetricLabels.labelRoute(kept.routeTemplate());
        replayed.increment();
        kept.send(context.response());
    }

    /**
     * Called with the REST layer's answer of status 200 as it goes out: kept if the handler saw its request and the
     * resource marked it replayable.
     */
    static void offer(MultivaluedMap<String, String> headers, MediaType type, byte[] body) {
        if (!onRequestContext()) {
            return;
        }
        Replays.Request asked = ContextLocals.<Replays.Request>get(ASKED).orElse(null);
        Replayable replayable = ContextLocals.<Replayable>get(REPLAYABLE).orElse(null);
        if (asked == null || replayable == null) {
            return;
        }
        String routeTemplate = MetricLabels.routeTemplate();
        replayable.replays().offer(asked, () -> Replays.Answer.of(sent(headers, type), body, routeTemplate,
                replayable.minute()));
    }

    /** The headers the REST layer sends: those the answer carries, and its type. */
    private static List<Map.Entry<String, String>> sent(MultivaluedMap<String, String> headers, MediaType type) {
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        if (type != null && !headers.containsKey(HttpHeaders.CONTENT_TYPE.toString())) {
            sent.add(Map.entry(HttpHeaders.CONTENT_TYPE.toString(), type.toString()));
        }
        headers.forEach((name, values) -> values.forEach(value -> sent.add(Map.entry(name, value))));
        return sent;
    }

    private static boolean personalOrConditional(MultiMap headers) {
        for (CharSequence name : PERSONAL_OR_CONDITIONAL) {
            if (headers.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onRequestContext() {
        io.vertx.core.Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context);
    }
}
