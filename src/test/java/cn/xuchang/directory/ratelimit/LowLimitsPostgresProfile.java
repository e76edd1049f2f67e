package cn.xuchang.directory.ratelimit;

import java.util.HashMap;
import java.util.Map;

import cn.xuchang.directory.postgres.PostgresProfile;

/** {@link LowLimitsProfile} on PostgreSQL. */
public class LowLimitsPostgresProfile extends PostgresProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(LowLimitsProfile.LIMITS);
        return overrides;
    }
}
