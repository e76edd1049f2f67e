package cn.xuchang.directory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the PostgreSQL build on one real PostgreSQL, as behind a load balancer: a change
 * written through one is served by the other's lookup within 2 seconds, and by its reads, resolution
 * and number check.
 */
class TwoInstancesIT {

    @Test
    void aChangeThroughOneInstanceReachesTheOtherWithinTwoSeconds() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            List<String> settings = List.of(
                    "-Dquarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                    "-Ddirectory.data-dir=" + java.nio.file.Path.of("data").toAbsolutePath());
            try (ServiceProcess a = ServiceProcess.start(ServiceProcess.POSTGRESQL_JAR, settings);
                    ServiceProcess b = ServiceProcess.start(ServiceProcess.POSTGRESQL_JAR, settings)) {
                assertThat(a.log()).contains("PostgreSQL");
                String lookup = "/api/v1/lookup?q=" + URLEncoder.encode("鸠山镇 创业贷款", StandardCharsets.UTF_8);
                assertThat(firstNumber(b.get(lookup))).isEqualTo("0374-8297716");

                HttpResponse<String> created = a.post("/api/v1/hotlines", """
                        {"number":"0374-8297718","type":"consultation","label":"创业担保贷款服务电话（鸠山镇，测试）",
                         "organization":"xuchang-hrss","services":["startup-guarantee-loan"],"regions":["411081109"],
                         "status":"active","source":"TwoInstancesIT"}""");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                long written = System.nanoTime();

                String seen = null;
                while (System.nanoTime() - written < 5_000_000_000L) {
                    String answer = b.get(lookup);
                    if (firstNumber(answer).equals("0374-8297718")) {
                        seen = answer;
                        break;
                    }
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - written) / 1e9;
                System.out.printf("Change written through instance A reached instance B's lookup after %.2f s%n", seconds);
                assertThat(seen).as("instance B's lookup shows the new desk first").isNotNull();
                assertThat(seconds).isLessThanOrEqualTo(2.0);
                assertThat(b.get("/api/v1/resolve?service=startup-guarantee-loan&region=411081109"))
                        .contains("0374-8297718");
                String body = created.body();
                int at = body.indexOf("\"id\":\"") + 6;
                String id = body.substring(at, body.indexOf('"', at));
                assertThat(b.get("/api/v1/hotlines/" + id)).contains("创业担保贷款服务电话（鸠山镇，测试）");
                assertThat(b.get("/api/v1/numbers/0374-8297718")).contains("\"listed\":true");
                assertThat(b.get("/api/v1/status")).isEqualTo(a.get("/api/v1/status"));
                for (String path : List.of("/api/v1/hotlines/" + id, "/api/v1/hotlines?region=411081",
                        "/api/v1/resolve?service=startup-guarantee-loan&region=411081109")) {
                    assertThat(etag(b, path)).as("the same ETag from both instances for %s", path)
                            .isEqualTo(etag(a, path));
                }
            }
        }
    }

    private static String etag(ServiceProcess service, String path) throws Exception {
        return service.send(service.request(path)).headers().firstValue("ETag").orElseThrow();
    }

    private static String firstNumber(String lookupJson) {
        int at = lookupJson.indexOf("\"number\":\"");
        return at < 0 ? "" : lookupJson.substring(at + 10, lookupJson.indexOf('"', at + 10));
    }
}
