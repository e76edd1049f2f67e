package cn.xuchang.directory.resolve;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link NumberLookupResourceTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class NumberLookupResourcePostgresTest extends NumberLookupResourceTest {
}
