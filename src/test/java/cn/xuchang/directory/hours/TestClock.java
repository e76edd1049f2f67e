package cn.xuchang.directory.hours;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** 测试时钟 (the tests' clock): the system's until a test fixes the time in Asia/Shanghai; reset after it. */
@Alternative
@Priority(1)
@Singleton
public class TestClock {

    private static volatile Instant fixed;

    /** Fixes the time, e.g. "2025-10-01T10:00" (Beijing time). */
    public static void set(String localDateTime) {
        fixed = LocalDateTime.parse(localDateTime).atZone(OpeningHours.CHINA).toInstant();
    }

    public static void reset() {
        fixed = null;
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return OpeningHours.CHINA;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return zone.equals(OpeningHours.CHINA) ? this : Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                Instant at = fixed;
                return at != null ? at : Instant.now();
            }
        };
    }
}
