package cn.xuchang.directory.importer;

import cn.xuchang.directory.postgres.FreshPostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link RoundTripTest} on a PostgreSQL of its own. */
@QuarkusTest
@TestProfile(FreshPostgresProfile.class)
class RoundTripPostgresTest extends RoundTripTest {
}
