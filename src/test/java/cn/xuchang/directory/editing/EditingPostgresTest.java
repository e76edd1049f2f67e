package cn.xuchang.directory.editing;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link EditingTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class EditingPostgresTest extends EditingTest {
}
