package cn.xuchang.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The packaged service, started as README says: data/ loads into an H2 file that survives a restart, an
 * editor's change through the API survives it too, and a broken data/ stops start-up naming file,
 * record and field, leaving the database as it was.
 */
class StartupIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String ISSUER = "https://issuer.test/xuchang-directory";
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

    @TempDir
    Path work;

    @Test
    void brokenDataStopsStartUpAndChangesNothing() throws Exception {
        Path db = work.resolve("db/directory");
        try (Service first = Service.start(db, Path.of("data"))) {
            assertThat(first.get("/api/v1/hotlines/startup-loan-yuzhou")).contains("0374-8297716");
            HttpResponse<String> edit = first.patch("/api/v1/hotlines/startup-loan-xiangcheng",
                    "{\"hours\":\"工作日 8:30-12:00（测试）\"}");
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        }
        Path broken = copyOfData();
        Path hotlines = broken.resolve("hotlines.yaml");
        Files.writeString(hotlines, Files.readString(hotlines)
                .replace("number: 0374-8297716", "number: 0374-829771")
                .replace("label: 创业担保贷款服务电话（长葛市）", "label: 改过的名称"));

        Process failing = Service.launch(db, broken, work.resolve("failing.log"));
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

        try (Service again = Service.start(db, Path.of("data"))) {
            assertThat(again.log()).contains("14 hotlines; 0 records applied, 0 removed, 0 conflicts");
            assertThat(again.get("/api/v1/hotlines/startup-loan-xiangcheng")).contains("工作日 8:30-12:00（测试）");
            assertThat(again.get("/api/v1/resolve?service=startup-guarantee-loan&region=411082"))
                    .contains("0374-6165116");
        }
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

    /** The packaged jar running on a port of its own. */
    record Service(Process process, Path logFile, int port) implements AutoCloseable {

        static Process launch(Path db, Path data, Path log) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=0",
                    "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + db.toAbsolutePath(),
                    "-Ddirectory.data-dir=" + data.toAbsolutePath(),
                    "-Dmp.jwt.verify.issuer=" + ISSUER,
                    "-Dmp.jwt.verify.publickey.location=" + Path.of("src/test/resources/jwt/test-public-key.pem")
                            .toAbsolutePath(),
                    "-jar", JAR.toAbsolutePath().toString()));
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }

        static Service start(Path db, Path data) throws Exception {
            Path log = Files.createTempFile("service", ".log");
            Process process = launch(db, data, log);
            long deadline = System.currentTimeMillis() + 90_000;
            while (System.currentTimeMillis() < deadline && process.isAlive()) {
                Matcher m = LISTENING.matcher(Files.readString(log));
                if (m.find()) {
                    return new Service(process, log, Integer.parseInt(m.group(1)));
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new AssertionError("service did not start:\n" + Files.readString(log));
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }

        /** A merge patch by an editor of 市人社局, with the If-Match of the current version. */
        HttpResponse<String> patch(String path, String json) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            String etag = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("ETag").orElseThrow();
            String token = Jwt.issuer(ISSUER).upn("editor-hrss").groups(Set.of("editor")).claim("org", "xuchang-hrss")
                    .expiresIn(600).sign(KeyUtils.readPrivateKey("jwt/test-private-key.pem"));
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("If-Match", etag)
                    .header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
