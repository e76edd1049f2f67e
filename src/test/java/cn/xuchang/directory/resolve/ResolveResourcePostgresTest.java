package cn.xuchang.directory.resolve;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ResolveResourceTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ResolveResourcePostgresTest extends ResolveResourceTest {
}
