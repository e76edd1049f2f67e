package cn.xuchang.directory.report;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.xuchang.directory.common.DirectoryConfig;

/**
 * 限流 (rate limit) of anonymous reports: at most N a minute from one client address, a sliding window
 * kept in memory per instance. Addresses are forgotten a minute after their last report.
 */
@ApplicationScoped
public class ReportRateLimiter {

    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

    private final int perMinute;
    private final Cache<String, Deque<Long>> recent = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(1)).maximumSize(100_000).build();

    @Inject
    public ReportRateLimiter(DirectoryConfig config) {
        this(config.reportsPerMinute());
    }

    public ReportRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Empty when the report may go ahead (and counts it); otherwise the seconds to wait. */
    public OptionalLong acquire(String address, long nowMillis) {
        Deque<Long> times = recent.get(address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= nowMillis - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                long wait = times.peekFirst() + WINDOW_MILLIS - nowMillis;
                return OptionalLong.of(Math.max(1, (wait + 999) / 1000));
            }
            times.addLast(nowMillis);
            return OptionalLong.empty();
        }
    }

    public int perMinute() {
        return perMinute;
    }
}
