package cn.xuchang.directory.postgres;

/** {@link PostgresProfile} with a PostgreSQL of its own, that no other test class writes to. */
public class FreshPostgresProfile extends PostgresProfile {
}
