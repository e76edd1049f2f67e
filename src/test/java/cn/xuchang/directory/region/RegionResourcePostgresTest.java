package cn.xuchang.directory.region;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RegionResourceTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class RegionResourcePostgresTest extends RegionResourceTest {
}
