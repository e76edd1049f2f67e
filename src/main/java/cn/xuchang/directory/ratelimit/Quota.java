package cn.xuchang.directory.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * 配额 (quota): a token bucket of {@code burst} requests refilled at {@code perMinute} a minute, and how it reads in
 * the RateLimit-Policy header (draft-ietf-httpapi-ratelimit-headers): {@code burst} requests in the seconds the bucket
 * takes to fill up again.
 */
record Quota(String policy, long perMinute, long burst) {

    Quota {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("a quota needs at least one request a minute and a burst of one");
        }
    }

    Bucket newBucket(TimeMeter clock) {
        return Bucket.builder().withCustomTimePrecision(clock)
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1))).build();
    }

    /** Seconds a drained bucket takes to fill up: the window of the policy. */
    long windowSeconds() {
        return Math.max(1, (burst * 60 + perMinute - 1) / perMinute);
    }

    /** {@code "anonymous";q=300;w=30}: a Structured Field item, the policy's name as a string. */
    String policyHeader() {
        return "\"" + policy + "\";q=" + burst + ";w=" + windowSeconds();
    }
}
