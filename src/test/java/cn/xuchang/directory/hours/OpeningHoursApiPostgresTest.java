package cn.xuchang.directory.hours;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The opening-hours API tests again, on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OpeningHoursApiPostgresTest extends OpeningHoursApiTest {
}
