package cn.xuchang.directory.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * 按客户端的令牌桶 (token buckets by client): one bucket4j bucket per client address, kept in memory on this instance
 * while the client is active. A client unseen for longer than its bucket takes to fill up is forgotten: its next
 * bucket starts full, as the old one would be by then.
 */
public final class ClientBuckets {

    private final Cache<String, Bucket> buckets;
    private final java.util.function.Supplier<Bucket> factory;

    /** Buckets of {@code burst} tokens refilled greedily at {@code perMinute} a minute. */
    ClientBuckets(Quota quota, TimeMeter clock) {
        this(() -> quota.newBucket(clock), Duration.ofSeconds(quota.windowSeconds()));
    }

    /** Buckets made by {@code factory}, each forgotten {@code idle} after its client's last request. */
    public ClientBuckets(java.util.function.Supplier<Bucket> factory, Duration idle) {
        this.factory = factory;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(200_000).build();
    }

    /** Takes one token from the client's bucket; the probe says whether it could, what is left and how long to wait. */
    public ConsumptionProbe take(String client) {
        return buckets.get(client, c -> factory.get()).tryConsumeAndReturnRemaining(1);
    }

    /** Whole seconds, rounded up, for a wait in nanoseconds. */
    public static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
