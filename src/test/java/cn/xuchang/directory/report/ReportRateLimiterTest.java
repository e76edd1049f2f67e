package cn.xuchang.directory.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sliding one-minute window of the report rate limit. */
class ReportRateLimiterTest {

    @Test
    void fivePerMinutePerAddressThenWaitForTheOldestToLeaveTheWindow() {
        ReportRateLimiter limiter = new ReportRateLimiter(5);
        long t = 1_000_000;
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire("a", t + i * 1000)).isEmpty();
        }
        assertThat(limiter.acquire("a", t + 10_000)).hasValue(50);
        assertThat(limiter.acquire("b", t + 10_000)).isEmpty();
        assertThat(limiter.acquire("a", t + 60_001)).isEmpty();
    }
}
