package cn.xuchang.directory.importer;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link DataServedTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DataServedPostgresTest extends DataServedTest {
}
