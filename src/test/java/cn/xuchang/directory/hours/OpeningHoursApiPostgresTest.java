package cn.xuchang.directory.hours;

import cn.xuchang.directory.postgres.FreshPostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The opening-hours API tests again, on a PostgreSQL of their own: the centre, window and township desk they create
 * would otherwise show in the answers other PostgreSQL tests count (resolve for 鄢陵's townships, HSDS).
 */
@QuarkusTest
@TestProfile(OpeningHoursApiPostgresTest.OwnPostgres.class)
public class OpeningHoursApiPostgresTest extends OpeningHoursApiTest {

    /** A PostgreSQL that other tests do not write to. */
    public static class OwnPostgres extends FreshPostgresProfile {
    }
}
