package cn.xuchang.directory.ratelimit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.common.HttpLayerProblems;
import cn.xuchang.directory.common.Problem;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * 读取限流 (read rate limit): every GET and HEAD under /api/ takes a token, from the bucket of the partner key it
 * names in X-API-Key or else from that of its client address (a wrong key too), before the REST layer runs (so a refused request costs
 * no worker thread). Answers carry RateLimit-Policy and RateLimit; an empty bucket is 429 with Retry-After, an
 * unknown or revoked key 401, both in the problem shape. Buckets are per instance.
 */
@ApplicationScoped
public class ReadRateLimit {

    public static final String API_KEY_HEADER = "X-API-Key";

    /**
     * After the checks of the HTTP layer and the security headers (the first order) and after the cross-origin
     * headers (common/CrossOrigin), so that a partner page's script can read a 429 and its Retry-After.
     */
    private static final int ORDER = Integer.MIN_VALUE + 20;

    /* Header names made once (Netty's AsciiString keeps its hash): every read sets two and asks for one. */
    private static final CharSequence API_KEY = HttpHeaders.createOptimized(API_KEY_HEADER);
    private static final CharSequence RATE_LIMIT_POLICY = HttpHeaders.createOptimized("RateLimit-Policy");
    private static final CharSequence RATE_LIMIT = HttpHeaders.createOptimized("RateLimit");

    private final ApiKeyRegistry keys;
    private final HttpLayerProblems problems;
    private final Quota anonymous;
    private final ClientBuckets addresses;
    private final Counter anonymousAllowed;
    private final Counter anonymousLimited;

    ReadRateLimit(ApiKeyRegistry keys, HttpLayerProblems problems, DirectoryConfig config, MeterRegistry metrics) {
        this.keys = keys;
        this.problems = problems;
        DirectoryConfig.Quota quota = config.rateLimit().anonymous();
        this.anonymous = new Quota("anonymous", quota.perMinute(), quota.burst());
        this.addresses = new ClientBuckets(anonymous, TimeMeter.SYSTEM_NANOTIME);
        this.anonymousAllowed = anonymousCounter(metrics, "allowed");
        this.anonymousLimited = anonymousCounter(metrics, "limited");
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        String path = request.path();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD || path == null || !path.startsWith("/api/")) {
            context.next();
            return;
        }
        String presented = request.getHeader(API_KEY);
        PartnerKey key = presented == null ? null : keys.find(presented.trim());
        if (key != null) {
            ConsumptionProbe probe = key.bucket().tryConsumeAndReturnRemaining(1);
            (probe.isConsumed() ? key.allowed() : key.limited()).increment();
            answer(context, key.quota(), probe, "this key", null);
            return;
        }
        // A wrong key counts against the address like any anonymous read, so guessing keys is limited too.
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        ConsumptionProbe probe = addresses.take(address);
        (probe.isConsumed() ? anonymousAllowed : anonymousLimited).increment();
        answer(context, anonymous, probe, "one address", presented == null ? null
                : new Problem("/problems/unauthorized", "Unauthorized", 401, "The key in " + API_KEY_HEADER
                        + " is unknown or revoked; leave the header out to read anonymously", path,
                        List.of()));
    }

    /** Goes on to the REST layer, or answers 429 when the bucket was empty, or else {@code refused} when given. */
    private void answer(RoutingContext context, Quota quota, ConsumptionProbe probe, String whose, Problem refused) {
        HttpServerResponse response = context.response();
        response.putHeader(RATE_LIMIT_POLICY, quota.policyHeader());
        response.putHeader(RATE_LIMIT, "\"" + quota.policy() + "\";r=" + probe.getRemainingTokens() + ";t="
                + ClientBuckets.seconds(probe.getNanosToWaitForReset()));
        if (probe.isConsumed() && refused == null) {
            context.next();
            return;
        }
        if (probe.isConsumed()) {
            response.putHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
            problems.answer(context, refused);
            return;
        }
        long wait = Math.max(1, ClientBuckets.seconds(probe.getNanosToWaitForRefill()));
        response.putHeader("Retry-After", String.valueOf(wait));
        problems.answer(context, new Problem("/problems/too-many-requests", "Too Many Requests", 429,
                "At most " + quota.burst() + " requests at once and " + quota.perMinute() + " a minute from " + whose
                        + "; try again in " + wait + " seconds", context.request().path(), List.of()));
    }

    private static Counter anonymousCounter(MeterRegistry metrics, String outcome) {
        return Counter.builder("directory.anonymous.reads").description("Reads without a partner key, by outcome")
                .tag("outcome", outcome).register(metrics);
    }
}
