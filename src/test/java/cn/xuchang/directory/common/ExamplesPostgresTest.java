package cn.xuchang.directory.common;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ExamplesTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ExamplesPostgresTest extends ExamplesTest {
}
