package cn.xuchang.directory.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RateLimitTest} on PostgreSQL: keys stored, found and revoked there. */
@QuarkusTest
@TestProfile(LowLimitsPostgresProfile.class)
class RateLimitPostgresTest extends RateLimitTest {
}
