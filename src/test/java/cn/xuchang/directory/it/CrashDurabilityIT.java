package cn.xuchang.directory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * 落盘 (durability): the packaged service is killed with SIGKILL while an editor streams changes to
 * 襄城县's 创业担保贷款 desk; after a restart on the same database it serves the last change it
 * acknowledged, and the next version is above every ETag it ever handed out. Three rounds, on the default
 * H2 file and on PostgreSQL.
 */
class CrashDurabilityIT {

    private static final String HOTLINE = "/api/v1/hotlines/startup-loan-xiangcheng";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 3;

    @TempDir
    Path work;

    @Test
    void acknowledgedChangesSurviveAKillOnTheH2File() throws Exception {
        rounds("H2 file", ServiceProcess.H2_JAR, List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("db/directory").toAbsolutePath(),
                "-Ddirectory.data-dir=" + Path.of("data").toAbsolutePath()));
    }

    @Test
    void acknowledgedChangesSurviveAKillOnPostgresql() throws Exception {
        // zonky's builder turns synchronous_commit off for speed; PostgreSQL's own default, on, is what
        // production runs, so that is what is proven here.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                .start()) {
            rounds("PostgreSQL", ServiceProcess.POSTGRESQL_JAR, List.of(
                    "-Dquarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                    "-Ddirectory.data-dir=" + Path.of("data").toAbsolutePath()));
        }
    }

    /** What the editor was told: the value of the last 200 and its version; the highest ETag seen. */
    private static final class Acknowledged {
        volatile String value;
        volatile long version = -1;
        volatile long highestETag = -1;
        volatile String inFlight;
    }

    private void rounds(String database, Path jar, List<String> settings) throws Exception {
        Acknowledged acknowledged = new Acknowledged();
        for (int round = 1; round <= ROUNDS + 1; round++) {
            ServiceProcess service = ServiceProcess.start(jar, settings);
            try {
                JsonNode served = JSON.readTree(service.get(HOTLINE));
                long version = etag(service.send(service.request(HOTLINE)).headers().firstValue("ETag").orElseThrow());
                acknowledged.highestETag = Math.max(acknowledged.highestETag, version);
                if (acknowledged.value != null) {
                    // The change in flight at the kill may or may not have committed; an acknowledged one must have.
                    assertThat(served.path("statusNote").asText()).as("%s, after kill %d", database, round - 1)
                            .isIn(acknowledged.value, acknowledged.inFlight);
                    assertThat(version).as("version served after kill %d", round - 1)
                            .isGreaterThanOrEqualTo(acknowledged.version);
                }
                if (round > ROUNDS) {
                    HttpResponse<String> next = patch(service, ServiceProcess.editorToken(), version,
                            "工作日 8:30-12:00（重启后）");
                    assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
                    assertThat(etag(next.headers().firstValue("ETag").orElseThrow()))
                            .as("the next version is new, above every ETag handed out")
                            .isGreaterThan(acknowledged.highestETag);
                    break;
                }
                System.out.println(streamAndKill(database, round, service, version, acknowledged));
            } finally {
                service.close();
            }
        }
    }

    /**
     * Streams changes from another thread and kills the service 1–3 s after the first was acknowledged (a loaded
     * machine may take seconds for the first); returns the round's figures.
     */
    private String streamAndKill(String database, int round, ServiceProcess service, long version,
            Acknowledged acknowledged) throws Exception {
        int[] count = {0};
        Throwable[] failure = {null};
        CountDownLatch first = new CountDownLatch(1);
        String token = ServiceProcess.editorToken();
        long started = System.nanoTime();
        Thread editor = new Thread(() -> {
            long current = version;
            try {
                for (int i = 0;; i++) {
                    String value = "电话核实记录（第" + round + "轮第" + i + "次）";
                    acknowledged.inFlight = value;
                    HttpResponse<String> answer = patch(service, token, current, value);
                    if (answer.statusCode() != 200) {
                        failure[0] = new AssertionError("PATCH answered " + answer.statusCode() + ": " + answer.body());
                        return;
                    }
                    current = etag(answer.headers().firstValue("ETag").orElseThrow());
                    acknowledged.value = value;
                    acknowledged.version = current;
                    acknowledged.highestETag = Math.max(acknowledged.highestETag, current);
                    count[0]++;
                    first.countDown();
                }
            } catch (IOException killed) {
                // the connection broke: the kill
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        editor.start();
        first.await(60, TimeUnit.SECONDS);
        Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
        service.crash();
        double seconds = (System.nanoTime() - started) / 1e9;
        editor.join(30_000);
        assertThat(failure[0]).as("the editor's changes before the kill").isNull();
        assertThat(count[0]).as("changes acknowledged before the kill").isPositive();
        return String.format("%s, round %d: %d PATCHes acknowledged in %.2f s (%.1f/s, %.1f ms each), then kill -9",
                database, round, count[0], seconds, count[0] / seconds, 1000 * seconds / count[0]);
    }

    private static HttpResponse<String> patch(ServiceProcess service, String token, long version, String note)
            throws Exception {
        return service.send(service.request(HOTLINE).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        JSON.createObjectNode().put("statusNote", note).toString())));
    }

    private static long etag(String etag) {
        String tag = etag.replace("W/", "").replace("\"", "");
        return Long.parseLong(tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag);
    }
}
