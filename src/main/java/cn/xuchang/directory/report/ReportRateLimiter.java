package cn.xuchang.directory.report;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.ratelimit.ClientBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * 限流 (rate limit) of anonymous reports: at most N a minute from one client address, a bucket4j bucket of N
 * refilled in full a minute after the address's first report (and every minute after), kept in memory per instance.
 * Addresses are forgotten a minute after their last report.
 */
@ApplicationScoped
public class ReportRateLimiter {

    /** The name of the quota in the RateLimit headers. */
    static final String POLICY = "reports";

    private final int perMinute;
    private final ClientBuckets buckets;

    @Inject
    public ReportRateLimiter(DirectoryConfig config) {
        this(config.reportsPerMinute(), TimeMeter.SYSTEM_NANOTIME);
    }

    public ReportRateLimiter(int perMinute, TimeMeter clock) {
        this.perMinute = perMinute;
        this.buckets = new ClientBuckets(() -> Bucket.builder().withCustomTimePrecision(clock)
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
                .build(), Duration.ofMinutes(1));
    }

    /** Empty when the report may go ahead (and counts it); otherwise the seconds to wait. */
    public OptionalLong acquire(String address) {
        return take(address).retryAfter();
    }

    /** Counts a report from {@code address}: whether it may go ahead, and the RateLimit headers of its answer. */
    Decision take(String address) {
        ConsumptionProbe probe = buckets.take(address);
        Map<String, String> headers = Map.of("RateLimit-Policy", "\"" + POLICY + "\";q=" + perMinute + ";w=60",
                "RateLimit", "\"" + POLICY + "\";r=" + probe.getRemainingTokens() + ";t="
                        + ClientBuckets.seconds(probe.getNanosToWaitForReset()));
        return new Decision(probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, ClientBuckets.seconds(probe.getNanosToWaitForRefill()))), headers);
    }

    /** Empty {@code retryAfter} when the report may go ahead; the headers to send either way. */
    record Decision(OptionalLong retryAfter, Map<String, String> headers) {
    }

    public int perMinute() {
        return perMinute;
    }
}
