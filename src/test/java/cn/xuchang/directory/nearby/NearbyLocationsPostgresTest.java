package cn.xuchang.directory.nearby;

import cn.xuchang.directory.hours.OpeningHoursApiPostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The coordinates and near tests again on PostgreSQL, on the opening-hours tests' own database (their centre has none). */
@QuarkusTest
@TestProfile(OpeningHoursApiPostgresTest.OwnPostgres.class)
class NearbyLocationsPostgresTest extends NearbyLocationsTest {
}
