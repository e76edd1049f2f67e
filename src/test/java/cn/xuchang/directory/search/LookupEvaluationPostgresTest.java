package cn.xuchang.directory.search;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link LookupEvaluationTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class LookupEvaluationPostgresTest extends LookupEvaluationTest {
}
