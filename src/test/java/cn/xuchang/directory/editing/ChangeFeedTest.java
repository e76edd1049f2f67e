package cn.xuchang.directory.editing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import cn.xuchang.directory.common.OwnDatabaseProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The change feed makes an exact mirror: after random edits of every kind through the API (create, update, retire,
 * restore, verify), a mirror built from one export taken part-way and the feed after its cursor holds every record
 * and tombstone as the API does. On a database of its own, since it edits freely.
 */
@QuarkusTest
@TestProfile(ChangeFeedTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeFeedTest {

    /** A database that other tests do not read. */
    public static class OwnDatabase extends OwnDatabaseProfile {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> KINDS = List.of("organization", "service", "location", "window", "hotline",
            "channel");

    @Inject
    ChangeLog log;

    /** How many successful edits the property test makes (fewer on PostgreSQL, which is slower to start each). */
    int edits() {
        return 240;
    }

    @Test
    @Order(1)
    void aMirrorFromOneExportAndTheFeedIsTheDirectory() throws IOException {
        Editing editing = new Editing(new Random(11));
        int half = edits() / 2;
        editing.run(half);
        Response export = given().when().get("/api/v1/export").then().statusCode(200).extract().response();
        String cursor = export.header("X-Changes-Cursor");
        assertThat(cursor).isNotBlank();
        Map<String, JsonNode> mirror = records(export.asByteArray());
        editing.run(edits() - half);
        assertThat(editing.done).isGreaterThanOrEqualTo(edits());
        assertThat(editing.byOperation.keySet()).contains("create", "update", "retire", "restore");

        Map<String, Long> versions = new HashMap<>();
        Map<String, JsonNode> before = new TreeMap<>(mirror);
        int applied = 0;
        boolean more = true;
        while (more) {
            JsonNode page = JSON.readTree(given().queryParam("after", cursor).queryParam("limit", 37).when()
                    .get("/api/v1/changes").then().statusCode(200).extract().asString());
            for (JsonNode change : page.get("changes")) {
                String key = change.get("kind").asText() + "/" + change.get("id").asText();
                if (change.get("change").asText().equals("deleted")) {
                    mirror.remove(key);
                } else {
                    mirror.put(key, withoutNulls(change.get("record")));
                }
                versions.put(key, change.get("version").asLong());
                applied++;
            }
            cursor = page.get("next").asText();
            more = page.get("more").asBoolean();
        }
        // Retiring a retired record (or restoring a live one) answers 200 and changes nothing: no entry.
        assertThat(applied).as("changes after the export").isGreaterThanOrEqualTo((edits() - half) / 2);
        assertThat(new TreeMap<>(mirror)).isNotEqualTo(before);

        Response now = given().when().get("/api/v1/export").then().statusCode(200).extract().response();
        assertThat(now.header("X-Changes-Cursor")).isEqualTo(cursor);
        Map<String, JsonNode> api = records(now.asByteArray());
        assertThat(new TreeMap<>(mirror)).isEqualTo(new TreeMap<>(api));

        // Each record as its own GET shows it: every tombstone retired there too, and the version the feed last gave.
        int tombstones = 0;
        for (Map.Entry<String, JsonNode> entry : mirror.entrySet()) {
            String[] key = entry.getKey().split("/");
            JsonNode view = JSON.readTree(given().when().get("/api/v1/" + plural(key[0]) + "/" + key[1]).then()
                    .statusCode(200).extract().asString());
            boolean retired = retired(entry.getValue());
            tombstones += retired ? 1 : 0;
            assertThat(view.has("retired") ? view.get("retired").asBoolean()
                    : view.get("status").asText().equals("retired")).as(entry.getKey()).isEqualTo(retired);
            if (versions.containsKey(entry.getKey())) {
                assertThat(view.get("version").asLong()).as(entry.getKey()).isEqualTo(versions.get(entry.getKey()));
            }
        }
        assertThat(tombstones).isPositive();
        // And nothing the API lists is missing from the mirror.
        for (String kind : KINDS) {
            int total = given().queryParam("size", 1).when().get("/api/v1/" + plural(kind)).then().statusCode(200)
                    .extract().path("total");
            assertThat(mirror.keySet().stream().filter(k -> k.startsWith(kind + "/")).count()).as(kind)
                    .isEqualTo(total);
        }
        given().queryParam("after", cursor).when().get("/api/v1/changes").then().statusCode(200)
                .body("changes.size()", equalTo(0)).body("more", equalTo(false)).body("next", equalTo(cursor));
    }

    @Test
    @Order(2)
    void listsTakeModifiedAfter() throws IOException {
        String id = "startup-loan-yuzhou";
        String cursor = given().when().get("/api/v1/export/hotlines.yaml").then().statusCode(200).extract()
                .header("X-Changes-Cursor");
        String etag = given().when().get("/api/v1/hotlines/" + id).then().statusCode(200).extract().header("ETag");
        String changedAt = JSON.readTree(given().auth().oauth2(Tokens.admin()).header("If-Match", etag)
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"hours\":\"工作日 9:00-17:00\"}")
                .when().patch("/api/v1/hotlines/" + id).then().statusCode(200).extract().asString())
                .get("updatedAt").asText();
        String justBefore = java.time.Instant.parse(changedAt).minusMillis(1).atOffset(java.time.ZoneOffset.ofHours(8))
                .toString();
        given().queryParam("modified_after", justBefore).when().get("/api/v1/hotlines").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
        given().queryParam("modified_after", changedAt).when().get("/api/v1/hotlines").then().statusCode(200)
                .body("total", equalTo(0));
        // The same change in the feed; recorded as the OpenAPI example with -Dexamples.update=true.
        String feed = given().queryParam("after", cursor).when().get("/api/v1/changes").then().statusCode(200)
                .body("changes.size()", equalTo(1)).body("changes[0].kind", equalTo("hotline"))
                .body("changes[0].id", equalTo(id)).body("changes[0].change", equalTo("updated"))
                .body("changes[0].record.hours", equalTo("工作日 9:00-17:00")).body("more", equalTo(false))
                .extract().asString();
        if (Boolean.getBoolean("examples.update")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/main/resources/examples/changes.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(feed)) + "\n");
        }
        given().queryParam("modified_after", "2999-01-01T00:00:00+08:00").when().get("/api/v1/organizations").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("modified_after", "yesterday").when().get("/api/v1/services").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("modified_after"));
    }

    @Test
    @Order(3)
    void aCursorNotGivenByTheServiceIs400() {
        for (String after : List.of("abc", "-1", "99999999999999")) {
            given().queryParam("after", after).when().get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
        given().when().get("/api/v1/changes").then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().queryParam("after", "0").queryParam("limit", "0").when().get("/api/v1/changes").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    @Order(4)
    void aCursorOlderThanTheRetentionIs410AndTheExportGivesAFreshOne() {
        String old = given().when().get("/api/v1/export/organizations.yaml").then().statusCode(200).extract()
                .header("X-Changes-Cursor");
        new Editing(new Random(5)).run(3);
        QuarkusTransaction.requiringNew().run(() -> log.prune(Duration.ZERO));
        given().queryParam("after", old).when().get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("/problems/cursor-expired"));
        String fresh = given().when().get("/api/v1/export").then().statusCode(200).extract()
                .header("X-Changes-Cursor");
        given().queryParam("after", fresh).when().get("/api/v1/changes").then().statusCode(200)
                .body("changes.size()", equalTo(0));
    }

    /** Random edits as an admin on records of its own, counted by operation when they succeed. */
    static final class Editing {
        private final Random random;
        private final String admin = Tokens.admin();
        private final Map<String, List<String>> ids = new HashMap<>();
        final Map<String, Integer> byOperation = new TreeMap<>();
        int done;
        private int serial;

        Editing(Random random) {
            this.random = random;
        }

        void run(int edits) {
            int target = done + edits;
            while (done < target) {
                String kind = KINDS.get(random.nextInt(KINDS.size()));
                List<String> mine = ids.getOrDefault(kind, List.of());
                int roll = random.nextInt(10);
                String operation = mine.isEmpty() || roll < 3 ? "create" : roll < 6 ? "update"
                        : roll < 8 ? "retire" : roll < 9 ? "restore" : "verify";
                int status = switch (operation) {
                    case "create" -> create(kind);
                    case "update" -> update(kind, pick(mine));
                    case "verify" -> action(kind, pick(mine), "verify", false);
                    default -> action(kind, pick(mine), operation, true);
                };
                assertThat(status).as("%s %s", operation, kind).isLessThan(500);
                if (status < 300) {
                    done++;
                    byOperation.merge(operation, 1, Integer::sum);
                }
            }
        }

        private String pick(List<String> list) {
            return list.get(random.nextInt(list.size()));
        }

        private int create(String kind) {
            if (!kind.equals("organization") && !ids.containsKey("organization")) {
                kind = "organization";
            }
            int n = ++serial;
            String org = ids.containsKey("organization") ? pick(ids.get("organization")) : null;
            Map<String, Object> body = new HashMap<>();
            body.put("source", "ChangeFeedTest");
            switch (kind) {
                case "organization" -> {
                    body.put("name", "镜像测试机构" + n);
                    body.put("region", "411000");
                    if (org != null) {
                        body.put("parent", org);
                    }
                }
                case "service" -> {
                    body.put("name", "镜像测试事项" + n);
                    body.put("aliases", List.of("镜像别名" + n));
                    body.put("organization", org);
                }
                case "location" -> {
                    body.put("name", "镜像测试大厅" + n);
                    body.put("region", "411081");
                    body.put("organization", org);
                }
                case "window" -> {
                    if (!ids.containsKey("location")) {
                        return create("location");
                    }
                    body.put("location", pick(ids.get("location")));
                    body.put("label", "镜像窗口" + n);
                    body.put("number", String.valueOf(n));
                    body.put("organization", org);
                }
                case "hotline" -> {
                    body.put("number", "0374-829" + (8000 + n));
                    body.put("type", "consultation");
                    body.put("label", "镜像测试热线" + n);
                    body.put("organization", org);
                    body.put("regions", List.of("411081"));
                    body.put("status", "active");
                    if (ids.containsKey("service")) {
                        body.put("services", List.of(pick(ids.get("service"))));
                    }
                }
                default -> {
                    body.put("type", "mini_program");
                    body.put("name", "镜像测试渠道" + n);
                    body.put("organization", org);
                    body.put("regions", List.of("411000"));
                }
            }
            Response r = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when()
                    .post("/api/v1/" + plural(kind));
            if (r.statusCode() == 201) {
                ids.computeIfAbsent(kind, k -> new ArrayList<>()).add(r.path("id"));
            }
            return r.statusCode();
        }

        private int update(String kind, String id) {
            String field = switch (kind) {
                case "location" -> "address";
                case "window" -> "zone";
                case "hotline" -> "hours";
                default -> "description";
            };
            String value = random.nextInt(5) == 0 ? null : "第" + (++serial) + "次修改";
            ObjectNode patch = JSON.createObjectNode();
            patch.put(field, value);
            return given().auth().oauth2(admin).header("If-Match", etag(kind, id))
                    .contentType("application/merge-patch+json; charset=utf-8").body(patch.toString()).when()
                    .patch("/api/v1/" + plural(kind) + "/" + id).statusCode();
        }

        private int action(String kind, String id, String action, boolean ifMatch) {
            var request = given().auth().oauth2(admin);
            if (ifMatch) {
                request = request.header("If-Match", etag(kind, id));
            }
            return request.when().post("/api/v1/" + plural(kind) + "/" + id + "/" + action).statusCode();
        }

        private static String etag(String kind, String id) {
            return given().when().get("/api/v1/" + plural(kind) + "/" + id).then().statusCode(200).extract()
                    .header("ETag");
        }
    }

    static String plural(String kind) {
        return kind.equals("service") ? "services" : kind + "s";
    }

    /** The records of an export zip by kind/id, as the feed writes them: a window on its own, naming its location. */
    static Map<String, JsonNode> records(byte[] zip) throws IOException {
        Map<String, JsonNode> records = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String kind = switch (entry.getName()) {
                    case "organizations.yaml" -> "organization";
                    case "services.yaml" -> "service";
                    case "locations.yaml" -> "location";
                    case "hotlines.yaml", "national-hotlines.yaml" -> "hotline";
                    case "channels.yaml" -> "channel";
                    default -> null;
                };
                byte[] bytes = in.readAllBytes();
                if (kind == null) {
                    continue;
                }
                for (JsonNode record : YAML.readTree(bytes)) {
                    ObjectNode r = (ObjectNode) withoutNulls(record);
                    JsonNode windows = r.remove("windows");
                    if (windows != null) {
                        for (JsonNode w : windows) {
                            ObjectNode window = (ObjectNode) withoutNulls(w);
                            window.put("location", r.get("id").asText());
                            records.put("window/" + window.get("id").asText(), window);
                        }
                    }
                    records.put(kind + "/" + r.get("id").asText(), r);
                }
            }
        }
        return records;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = copy.fields(); it.hasNext();) {
            if (it.next().getValue().isNull()) {
                it.remove();
            }
        }
        return copy;
    }

    private static boolean retired(JsonNode record) {
        return record.path("retired").asBoolean(false) || record.path("status").asText().equals("retired");
    }
}
