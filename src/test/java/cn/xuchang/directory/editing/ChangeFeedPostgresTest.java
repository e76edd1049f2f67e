package cn.xuchang.directory.editing;

import cn.xuchang.directory.postgres.FreshPostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ChangeFeedTest} on a PostgreSQL of its own, with fewer edits. */
@QuarkusTest
@TestProfile(ChangeFeedPostgresTest.OwnPostgres.class)
class ChangeFeedPostgresTest extends ChangeFeedTest {

    /** A PostgreSQL that other tests do not write to. */
    public static class OwnPostgres extends FreshPostgresProfile {
    }

    @Override
    int edits() {
        return 100;
    }
}
