package cn.xuchang.directory.common;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * 独立数据库 (a database of its own): an in-memory H2 database named after the profile, filled from data/ at start,
 * for a test whose writes no other test may see. A test names it with a nested subclass of its own.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String name = getClass().getName().replaceAll("\\W", "-");
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
}
