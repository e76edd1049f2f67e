package cn.xuchang.directory.postgres;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a test class against a real PostgreSQL instead of H2: PostgreSQL's db-kind is fixed at build
 * time, so the profile rebuilds the application for it, as the production build does.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
