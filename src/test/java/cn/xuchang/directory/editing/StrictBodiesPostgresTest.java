package cn.xuchang.directory.editing;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link StrictBodiesTest} on PostgreSQL, which refuses NUL in text outright: refused here first, with a 400. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StrictBodiesPostgresTest extends StrictBodiesTest {
}
