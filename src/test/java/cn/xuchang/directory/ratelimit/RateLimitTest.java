package cn.xuchang.directory.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.editing.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * 限流 (read rate limits): anonymous reads per address, partner keys with their own quota, issued and revoked by
 * admins and kept hashed; with limits low enough to reach (5 at once, 6 a minute per address).
 */
@QuarkusTest
@TestProfile(LowLimitsProfile.class)
class RateLimitTest {

    @Inject
    MeterRegistry metrics;

    @Inject
    DataSource database;

    /** Each test reads from an address of its own (the test profile trusts X-Forwarded-For). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger(1);
    private final String address = "198.51.100." + NEXT_ADDRESS.getAndIncrement(); // never shared: random ones collided

    private RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private ValidatableResponse read(RequestSpecification request) {
        return request.when().get("/api/v1/resolve?service=startup-guarantee-loan&region=411081204").then();
    }

    private Map<String, Object> issue(String name, Integer perMinute, Integer burst) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        if (perMinute != null) {
            body.put("perMinute", perMinute);
            body.put("burst", burst);
        }
        return given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8").body(body)
                .when().post("/api/v1/admin/api-keys").then().statusCode(201)
                .header("Location", containsString("/api/v1/admin/api-keys/"))
                .body("key", startsWith("xcd_")).body("apiKey.status", equalTo("active"))
                .body("apiKey.createdBy", equalTo("admin-ops")).extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> issued) {
        return ((Map<String, Object>) issued.get("apiKey")).get("id").toString();
    }

    @Test
    void everyReadSaysItsQuotaAndWhatIsLeft() {
        read(from(address)).statusCode(200).header("RateLimit-Policy", "\"anonymous\";q=5;w=50")
                .header("RateLimit", matchesPattern("\"anonymous\";r=4;t=1[01]"))
                .body(containsString("0374-8297716"));
        from(address).when().get("/api/v1/hotlines/no-such-hotline").then().statusCode(404)
                .header("RateLimit-Policy", "\"anonymous\";q=5;w=50")
                .header("RateLimit", matchesPattern("\"anonymous\";r=3;t=\\d+"));
        // Operations and the page are not API reads: no quota.
        from(address).when().get("/q/health/ready").then().header("RateLimit", nullValue());
    }

    @Test
    void theSixthReadAtOnceFromOneAddressIs429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            read(from(address)).statusCode(200);
        }
        read(from(address)).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Policy", "\"anonymous\";q=5;w=50")
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"))
                .body("type", equalTo("/problems/too-many-requests")).body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429)).body("instance", equalTo("/api/v1/resolve"))
                .body("detail", containsString("At most 5 requests at once and 6 a minute from one address"))
                .body(not(containsString("Exception")));
        // Another address (another citizen's network) still reads.
        read(from("203.0.113.9" + (address.length() % 10))).statusCode(200);
    }

    @Test
    void aPartnerKeyHasItsOwnQuotaAndItsUsageIsCountedInMetrics() {
        Map<String, Object> issued = issue("许昌市大数据局 便民服务小程序", 3, 3);
        String key = issued.get("key").toString();
        for (int i = 0; i < 5; i++) {
            read(from(address)).statusCode(200);
        }
        read(from(address)).statusCode(429);
        for (int i = 0; i < 3; i++) {
            read(from(address).header("X-API-Key", key)).statusCode(200).header("RateLimit-Policy",
                    "\"partner\";q=3;w=60");
        }
        read(from(address).header("X-API-Key", key)).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("At most 3 requests at once and 3 a minute from this key"));
        assertThat(count(id(issued), "allowed")).isEqualTo(3);
        assertThat(count(id(issued), "limited")).isEqualTo(1);
        assertThat(metrics.find(ApiKeyRegistry.METRIC).tag("key_id", id(issued)).counter().getId().getTag("key"))
                .isEqualTo("许昌市大数据局 便民服务小程序");
    }

    @Test
    void aKeyWithoutAQuotaOfItsOwnGetsTheConfiguredOne() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys/" + id(issue("default quota", null, null)))
                .then().statusCode(200).body("perMinute", equalTo(120)).body("burst", equalTo(10))
                .body("key", nullValue());
    }

    @Test
    void aRevokedKeyIsRefusedWith401() {
        Map<String, Object> issued = issue("revoked partner", null, null);
        String key = issued.get("key").toString();
        read(from(address).header("X-API-Key", key)).statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/api-keys/" + id(issued) + "/revoke").then()
                .statusCode(200).body("status", equalTo("revoked")).body("revokedBy", equalTo("admin-ops"));
        read(from(address).header("X-API-Key", key)).statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"))
                .body("detail", containsString("unknown or revoked"))
                // Counted against the address, as an anonymous read: guessing keys is limited too.
                .header("RateLimit-Policy", "\"anonymous\";q=5;w=50");
        read(from(address).header("X-API-Key", "xcd_made-up")).statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys").then().statusCode(200)
                .body("find { it.id == '" + id(issued) + "' }.status", equalTo("revoked"))
                .body(not(containsString(key)));
    }

    @Test
    void theKeyIsStoredOnlyAsItsSha256() throws Exception {
        Map<String, Object> issued = issue("hashed partner", null, null);
        String key = issued.get("key").toString();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from api_key where id = ?")) {
            select.setString(1, id(issued));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("key_hash")).isEqualTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))));
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    assertThat(String.valueOf(row.getObject(column))).doesNotContain(key.substring(4));
                }
            }
        }
    }

    @Test
    void onlyAdminsIssueListAndRevokeKeys() {
        String editor = Tokens.editor("editor-hrss", "xuchang-hrss");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("name", "mine")).when()
                .post("/api/v1/admin/api-keys").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        given().auth().oauth2(editor).when().get("/api/v1/admin/api-keys").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("name", "mine")).when().post("/api/v1/admin/api-keys")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", " ")).when()
                .post("/api/v1/admin/api-keys").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/api-keys/no-such-key/revoke").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aKeyFromConfigurationServesTheBenchmarks() {
        read(from(address).header("X-API-Key", LowLimitsProfile.BOOTSTRAP_KEY)).statusCode(200)
                .header("RateLimit-Policy", "\"partner\";q=1000;w=60");
    }

    @Test
    void writesAreNotReadsAndKeepTheirOwnLimit() {
        for (int i = 0; i < 6; i++) {
            read(from(address));
        }
        from(address).contentType(ContentType.JSON)
                .body(Map.of("kind", "hotline", "id", "startup-loan-changge", "problem", "other")).when()
                .post("/api/v1/reports").then().statusCode(201)
                // the report's own quota, not what is left of the exhausted reads
                .header("RateLimit-Policy", startsWith("\"reports\";"))
                .header("RateLimit", startsWith("\"reports\";"));
    }

    private double count(String keyId, String outcome) {
        return metrics.find(ApiKeyRegistry.METRIC).tag("key_id", keyId).tag("outcome", outcome).counter().count();
    }
}
