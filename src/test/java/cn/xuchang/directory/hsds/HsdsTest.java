package cn.xuchang.directory.hsds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The directory as HSDS 3.0, on the seed data: every answer valid by Open Referral's schemas, the 禹州 desk as a
 * service with its phone and area, the window as a service at a location, ids that are stable UUIDs.
 */
@QuarkusTest
class HsdsTest {

    @Test
    void everyAnswerFollowsTheHsdsSchemas() {
        int checked = 0;
        checked += checkListAndItems("/api/v1/hsds/organizations", "/api/v1/hsds/organizations/",
                HsdsSchemas.ORGANIZATION_LIST, HsdsSchemas.ORGANIZATION);
        checked += checkListAndItems("/api/v1/hsds/services", "/api/v1/hsds/services/",
                HsdsSchemas.SERVICE_LIST, HsdsSchemas.SERVICE);
        checked += checkListAndItems("/api/v1/hsds/service_at_locations", "/api/v1/hsds/service_at_locations/",
                HsdsSchemas.SERVICE_AT_LOCATION_LIST, HsdsSchemas.SERVICE_AT_LOCATION);
        checked += checkListAndItems("/api/v1/hsds/locations", "/api/v1/hsds/locations/", HsdsSchemas.LOCATION,
                HsdsSchemas.LOCATION);
        // 4 organizations; 9 services plus one per desk and service; 1 window; 1 centre.
        assertThat(checked).isGreaterThan(4 + 9 + 6 + 1 + 1);
    }

    private static int checkListAndItems(String list, String item, com.networknt.schema.Schema listSchema,
            com.networknt.schema.Schema itemSchema) {
        JsonPath page = given().queryParam("per_page", 1000).when().get(list).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        List<Map<String, Object>> contents = page.getList("contents");
        assertThat(page.getInt("total_items")).isEqualTo(contents.size()).isPositive();
        assertThat(page.getBoolean("first_page")).isTrue();
        assertThat(page.getBoolean("last_page")).isTrue();
        for (int i = 0; i < contents.size(); i++) {
            // Paging one by one gives the same order.
            String id = given().when().get(list + "?per_page=1&page=" + (i + 1)).then().statusCode(200).extract()
                    .jsonPath().getString("contents[0].id");
            assertThat(id).isEqualTo(contents.get(i).get("id"));
            String listed = toJson(contents.get(i));
            assertThat(HsdsSchemas.problems(listSchema, listed)).as("%s item %s", list, listed).isEmpty();
            String full = given().when().get(item + id).then().statusCode(200).extract().asString();
            assertThat(HsdsSchemas.problems(itemSchema, full)).as("%s%s", item, id).isEmpty();
        }
        return contents.size();
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theValidatorBites() {
        String full = given().when().get("/api/v1/hsds/services/" + uuid5("service:startup-guarantee-loan"))
                .then().statusCode(200).extract().asString();
        assertThat(HsdsSchemas.problems(HsdsSchemas.SERVICE, full)).isEmpty();
        String id = JsonPath.from(full).getString("id");
        assertThat(HsdsSchemas.problems(HsdsSchemas.SERVICE, full.replace(id, "startup-guarantee-loan")))
                .as("a slug where a UUID belongs").isNotEmpty().anyMatch(p -> p.contains("uuid"));
        assertThat(HsdsSchemas.problems(HsdsSchemas.SERVICE,
                full.replaceFirst("\"name\":\"创业担保贷款\",", "")))
                .as("no name").isNotEmpty().anyMatch(p -> p.contains("name"));
    }

    @Test
    void theYuzhouDeskIsAServiceWithItsPhoneAndArea() {
        String id = uuid5("desk:startup-guarantee-loan:startup-loan-yuzhou");
        JsonPath desk = given().when().get("/api/v1/hsds/services/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(desk.getString("name")).isEqualTo("创业担保贷款（禹州市）");
        assertThat(desk.getString("status")).isEqualTo("active");
        assertThat(desk.getList("phones.number")).containsExactly("0374-8297716");
        assertThat(desk.getList("phones.service_id")).containsExactly(id);
        assertThat(desk.getList("service_areas.name")).containsExactly("禹州市");
        assertThat(desk.getList("service_areas.description")).containsExactly("行政区划代码 411081");
        assertThat(desk.getString("organization.name")).isEqualTo("许昌市人力资源和社会保障局");
        assertThat(desk.getList("organization.organization_identifiers.identifier")).containsExactly("xuchang-hrss");
        assertThat(desk.getString("organization_id")).isEqualTo(uuid5("organization:xuchang-hrss"));
        // The page does not say when the desk answers: no schedule is made up.
        assertThat(desk.getList("schedules")).isNull();
        List<String> desksOfTheLoan = given().queryParam("per_page", 1000)
                .queryParam("organization_id", uuid5("organization:xuchang-hrss")).when().get("/api/v1/hsds/services")
                .then().statusCode(200).extract().jsonPath().getList("contents.name");
        assertThat(desksOfTheLoan).contains("创业担保贷款", "创业担保贷款（许昌市）", "创业担保贷款（禹州市）",
                "创业担保贷款（长葛市）", "创业担保贷款（鄢陵县）");
    }

    @Test
    void theWindowIsAServiceAtALocation() {
        String id = uuid5("window:citizen-centre-b118-startup-loan:startup-guarantee-loan");
        JsonPath at = given().when().get("/api/v1/hsds/service_at_locations/" + id).then().statusCode(200).extract()
                .jsonPath();
        assertThat(at.getString("description")).isEqualTo("创业担保贷款窗口，市民之家一楼B区118");
        assertThat(at.getString("location.name")).isEqualTo("市民之家");
        assertThat(at.getString("location.external_identifier")).isEqualTo("xuchang-citizen-centre");
        assertThat(at.getString("location_id")).isEqualTo(uuid5("location:xuchang-citizen-centre"));
        assertThat(at.getString("service.name")).isEqualTo("创业担保贷款");
        assertThat(given().when().get("/api/v1/hsds/services/" + at.getString("service_id")).then().statusCode(200)
                .extract().jsonPath().getList("service_at_locations.id")).containsExactly(id);
        JsonPath centre = given().when().get("/api/v1/hsds/locations/" + at.getString("location_id")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(centre.getString("name")).isEqualTo("市民之家");
        assertThat(centre.getString("location_type")).isEqualTo("physical");
        assertThat(given().when().get("/api/v1/hsds/locations").then().statusCode(200).extract().jsonPath()
                .getList("contents.external_identifier")).containsExactly("xuchang-citizen-centre");
    }

    @Test
    void modifiedAfterFiltersServices() {
        assertThat(given().queryParam("modified_after", "2999-01-01T00:00:00+08:00").when()
                .get("/api/v1/hsds/services").then().statusCode(200).extract().jsonPath().getInt("total_items"))
                .isZero();
        int all = given().when().get("/api/v1/hsds/services").then().statusCode(200).extract().jsonPath()
                .getInt("total_items");
        assertThat(given().queryParam("modified_after", "2000-01-01T00:00:00Z").when().get("/api/v1/hsds/services")
                .then().statusCode(200).extract().jsonPath().getInt("total_items")).isEqualTo(all).isPositive();
    }

    @Test
    void badInputIsAProblem() {
        given().queryParam("per_page", 0).when().get("/api/v1/hsds/services").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("modified_after", "yesterday").when().get("/api/v1/hsds/services").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get("/api/v1/hsds/services/startup-guarantee-loan").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/hsds/organizations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void metaNamesTheVersionAndTheOpenApi() {
        JsonPath meta = given().when().get("/api/v1/hsds").then().statusCode(200).extract().jsonPath();
        assertThat(meta.getString("version")).isEqualTo("3.0");
        assertThat(meta.getString("openapi_url")).endsWith("/q/openapi?format=json");
    }

    /**
     * UUIDv5 (RFC 9562 §5.5) of the name under the directory's HSDS namespace, written here from the RFC rather
     * than with the library the service uses, so that the two check each other.
     */
    static String uuid5(String name) {
        UUID urlNamespace = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        return v5(v5(urlNamespace, "urn:xuchang-directory:hsds"), name).toString();
    }

    private static UUID v5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
