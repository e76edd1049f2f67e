package cn.xuchang.directory.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Limits low enough to reach in a test (the test profile sets them high, so other tests never meet them). */
public class LowLimitsProfile implements QuarkusTestProfile {

    static final String BOOTSTRAP_KEY = "xcd_bootstrap-key-for-tests-only";

    static final Map<String, String> LIMITS = Map.of(
            "directory.rate-limit.anonymous.per-minute", "6",
            "directory.rate-limit.anonymous.burst", "5",
            "directory.api-keys.per-minute", "120",
            "directory.api-keys.burst", "10",
            "directory.api-keys.bootstrap", "load-test:" + BOOTSTRAP_KEY + ":1000");

    @Override
    public Map<String, String> getConfigOverrides() {
        return LIMITS;
    }
}
