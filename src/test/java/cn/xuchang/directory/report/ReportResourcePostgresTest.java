package cn.xuchang.directory.report;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ReportResourceTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReportResourcePostgresTest extends ReportResourceTest {
}
