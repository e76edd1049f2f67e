package cn.xuchang.directory.channel;

import cn.xuchang.directory.postgres.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link ChannelResourceTest} on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ChannelResourcePostgresTest extends ChannelResourceTest {
}
