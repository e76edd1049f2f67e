package cn.xuchang.directory.spreadsheet;

import cn.xuchang.directory.postgres.FreshPostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link SpreadsheetImportTest} on a PostgreSQL of its own: previews kept in its table, applied in one transaction. */
@QuarkusTest
@TestProfile(SpreadsheetImportPostgresTest.OwnPostgres.class)
class SpreadsheetImportPostgresTest extends SpreadsheetImportTest {

    /** A PostgreSQL that other tests do not write to. */
    public static class OwnPostgres extends FreshPostgresProfile {
    }
}
