package cn.xuchang.directory.common;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The HTTP layer as deployed by default, with no balancer in front: X-Forwarded-* not trusted. (The test profile
 * trusts them for the per-address report limit; Quarkus then fills in a missing Host header itself.)
 */
public class NoProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "false",
                "quarkus.http.proxy.allow-x-forwarded", "false");
    }
}
