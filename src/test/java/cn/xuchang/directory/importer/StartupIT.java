package cn.xuchang.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xuchang.directory.it.ServiceProcess;

/**
 * The packaged service, started as README says: data/ loads into an H2 file that survives a restart, an
 * editor's change through the API survives it too, and a broken data/ stops start-up naming file,
 * record and field, leaving the database as it was.
 */
class StartupIT {

    @TempDir
    Path work;

    @Test
    void brokenDataStopsStartUpAndChangesNothing() throws Exception {
        Path db = work.resolve("db/directory");
        try (ServiceProcess first = ServiceProcess.start(ServiceProcess.H2_JAR, settings(db, Path.of("data")))) {
            assertThat(first.get("/api/v1/hotlines/startup-loan-yuzhou")).contains("0374-8297716");
            HttpResponse<String> edit = first.patch("/api/v1/hotlines/startup-loan-xiangcheng",
                    "{\"hours\":\"工作日 8:30-12:00（节假日除外）\"}");
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        }
        Path broken = copyOfData();
        Path hotlines = broken.resolve("hotlines.yaml");
        Files.writeString(hotlines, Files.readString(hotlines)
                .replace("number: 0374-8297716", "number: 0374-829771")
                .replace("label: 创业担保贷款服务电话（长葛市）", "label: 改过的名称"));

        Process failing = ServiceProcess.launch(ServiceProcess.H2_JAR, settings(db, broken), work.resolve("failing.log"));
        assertThat(failing.waitFor(90, TimeUnit.SECONDS)).as("start-up should stop").isTrue();
        assertThat(failing.exitValue()).isNotZero();
        assertThat(Files.readString(work.resolve("failing.log")))
                .contains("hotlines.yaml, record 2 (id startup-loan-yuzhou), field 'number'")
                .doesNotContain("Listening on");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "directory", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select label from hotline where id = 'startup-loan-changge'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("创业担保贷款服务电话（长葛市）");
        }

        try (ServiceProcess again = ServiceProcess.start(ServiceProcess.H2_JAR, settings(db, Path.of("data")))) {
            assertThat(again.log()).contains("hotline=14").contains("; 0 records applied, 0 removed, 0 conflicts");
            assertThat(again.get("/api/v1/hotlines/startup-loan-xiangcheng")).contains("工作日 8:30-12:00（节假日除外）");
            assertThat(again.get("/api/v1/resolve?service=startup-guarantee-loan&region=411082"))
                    .contains("0374-6165116");
        }
    }

    private static List<String> settings(Path db, Path data) {
        return List.of("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + db.toAbsolutePath(),
                "-Ddirectory.data-dir=" + data.toAbsolutePath());
    }

    private Path copyOfData() throws IOException {
        Path copy = Files.createDirectories(work.resolve("data-copy"));
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }
}
