package cn.xuchang.directory.hsds;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link HsdsTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class HsdsPostgresTest extends HsdsTest {
}
