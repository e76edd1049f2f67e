package cn.xuchang.directory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

/** The report rate limit: five a minute from one address, then wait until the minute of the first is over. */
class ReportRateLimiterTest {

    /** A clock the test moves, in milliseconds. */
    private long now = 1_000_000;

    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(now);
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    private java.util.OptionalLong at(ReportRateLimiter limiter, String address, long millis) {
        now = millis;
        return limiter.acquire(address);
    }

    @Test
    void fivePerMinutePerAddressThenWaitForTheOldestToLeaveTheWindow() {
        ReportRateLimiter limiter = new ReportRateLimiter(5, clock);
        long t = 1_000_000;
        for (int i = 0; i < 5; i++) {
            assertThat(at(limiter, "a", t + i * 1000)).isEmpty();
        }
        assertThat(at(limiter, "a", t + 10_000)).hasValue(50);
        assertThat(at(limiter, "b", t + 10_000)).isEmpty();
        assertThat(at(limiter, "a", t + 60_001)).isEmpty();
    }
}
