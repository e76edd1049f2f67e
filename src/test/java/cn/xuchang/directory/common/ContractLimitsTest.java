package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * 契约上限 (limits in the contract): every text and list a client sends has a limit in openapi/, and the server
 * holds to it — for a sample of fields, parameters and lists, one over the limit the contract states is a 400
 * naming it, and exactly at the limit is taken. The limits are read from the committed description, so the test
 * checks the contract, not a copy of its numbers.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class) // it creates hotlines, which lists keep (retired) and others count
class ContractLimitsTest {

    private static JsonNode api;

    @BeforeAll
    static void readContract() throws IOException {
        api = new ObjectMapper().readTree(new File("openapi/openapi.json"));
    }

    @Test
    void everyTextListAndNumberAClientSendsHasALimit() {
        List<String> missing = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            method.getValue().path("parameters").forEach(parameter ->
                    limited(where + " parameter " + parameter.path("name").asText(), resolve(parameter.path("schema")),
                            missing));
            method.getValue().path("requestBody").path("content").forEach(media ->
                    resolve(media.path("schema")).path("properties").fields().forEachRemaining(field ->
                            limited(where + " field " + field.getKey(), resolve(field.getValue()), missing)));
        }));
        assertThat(missing).as("request texts, lists and numbers without a limit").isEmpty();
    }

    @Test
    void aTextOverItsLimitIsRefusedNamingTheField() {
        for (String field : List.of("number", "type", "label", "description", "hours", "organization", "mergedInto",
                "statusNote", "source")) {
            Map<String, Object> body = hotline();
            if ("mergedInto".equals(field)) {
                body.put("status", "merged");
            }
            body.put(field, "x".repeat(maxLength("HotlineRequest", field) + 1));
            refused("/api/v1/hotlines", body, field);
        }
        for (String field : List.of("name", "shortName", "parent", "region", "description", "source")) {
            Map<String, Object> body = new HashMap<>(Map.of("name", "限长测试机构", "source", "ContractLimitsTest"));
            body.put(field, "4".repeat(maxLength("OrganizationRequest", field) + 1));
            refused("/api/v1/organizations", body, field);
        }
        for (String field : List.of("location", "floor", "zone", "number")) {
            Map<String, Object> body = new HashMap<>(Map.of("location", "xuchang-citizen-centre",
                    "label", "限长测试窗口", "source", "ContractLimitsTest"));
            body.put(field, "x".repeat(maxLength("WindowRequest", field) + 1));
            refused("/api/v1/windows", body, field);
        }
        Map<String, Object> channel = new HashMap<>(Map.of("type", "website", "name", "限长测试网站",
                "source", "ContractLimitsTest"));
        channel.put("url", "https://example.org/" + "x".repeat(maxLength("ChannelRequest", "url")));
        refused("/api/v1/channels", channel, "url");
    }

    @Test
    void aListOverItsLimitIsRefusedNamingTheField() {
        Map<String, Object> hotline = hotline();
        hotline.put("services", Collections.nCopies(maxItems("HotlineRequest", "services") + 1,
                "startup-guarantee-loan"));
        refused("/api/v1/hotlines", hotline, "services");
        hotline = hotline();
        hotline.put("regions", Collections.nCopies(maxItems("HotlineRequest", "regions") + 1, "411081109"));
        refused("/api/v1/hotlines", hotline, "regions");
        Map<String, Object> service = new HashMap<>(Map.of("name", "限长测试事项", "source", "ContractLimitsTest"));
        service.put("aliases", Collections.nCopies(maxItems("ServiceRequest", "aliases") + 1, "别名"));
        refused("/api/v1/services", service, "aliases");
        service.put("aliases", List.of("长".repeat(maxLength("ServiceRequest", "aliases") + 1)));
        refused("/api/v1/services", service, "aliases");
    }

    @Test
    void textsExactlyAtTheirLimitAreTaken() {
        Map<String, Object> body = hotline();
        body.put("number", "0374-8297719");
        for (String field : List.of("label", "description", "statusNote", "source")) {
            body.put(field, "限".repeat(maxLength("HotlineRequest", field)));
        }
        String hours = "每天 9:00-17:00"; // hours must read as hours: padded with separators the parser skips
        body.put("hours", hours + "、".repeat(maxLength("HotlineRequest", "hours") - hours.length()));
        var created = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/hotlines").then().statusCode(201)
                .body("statusNote.length()", equalTo(maxLength("HotlineRequest", "statusNote"))).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).when()
                .post("/api/v1/hotlines/" + id + "/retire").then().statusCode(200);
    }

    @Test
    void aParameterOverItsLimitIsRefusedNamingIt() {
        parameterRefused("/api/v1/hotlines?organization=" + "a".repeat(parameterMax("/api/v1/hotlines", "organization") + 1),
                "organization");
        parameterRefused("/api/v1/hotlines?region=" + "4".repeat(parameterMax("/api/v1/hotlines", "region") + 1),
                "region");
        parameterRefused("/api/v1/regions/" + "4".repeat(parameterMax("/api/v1/regions/{code}", "code") + 1), "code");
        parameterRefused("/api/v1/hotlines/" + "a".repeat(parameterMax("/api/v1/hotlines/{id}", "id") + 1), "id");
        parameterRefused("/api/v1/numbers/" + "1".repeat(parameterMax("/api/v1/numbers/{number}", "number") + 1),
                "number");
        parameterRefused("/api/v1/lookup?q=" + "贷".repeat(parameterMax("/api/v1/lookup", "q") + 1), "q");
        parameterRefused("/api/v1/hotlines?size=" + (parameterMaximum("/api/v1/hotlines", "size") + 1), "size");
        parameterRefused("/api/v1/hotlines?page=" + (parameterMaximum("/api/v1/hotlines", "page") + 1), "page");
        parameterRefused("/api/v1/hotlines?staleDays=" + (parameterMaximum("/api/v1/hotlines", "staleDays") + 1),
                "staleDays");
        parameterRefused("/api/v1/lookup?q=贷款&limit=" + (parameterMaximum("/api/v1/lookup", "limit") + 1), "limit");
        given().auth().oauth2(Tokens.admin()).contentType(Tokens.MERGE_PATCH)
                .header("If-Match", "\"" + "1".repeat(parameterMax("/api/v1/hotlines/{id}", "If-Match", "patch")) + "\"")
                .body("{\"label\":\"x\"}").when().patch("/api/v1/hotlines/startup-loan-yuzhou")
                .then().statusCode(400).body("errors.field", hasItem("If-Match"));
    }

    @Test
    void parametersAtTheirLimitAreTaken() {
        given().when().get("/api/v1/hotlines?size=" + parameterMaximum("/api/v1/hotlines", "size"))
                .then().statusCode(200);
        given().when().get("/api/v1/lookup?q=" + "贷".repeat(parameterMax("/api/v1/lookup", "q")) + "&limit="
                + parameterMaximum("/api/v1/lookup", "limit")).then().statusCode(200);
    }

    /** A valid new hotline (the 鸠山镇 test desk of the write tests), one field of which each test spoils. */
    private static Map<String, Object> hotline() {
        return new LinkedHashMap<>(Map.of("number", "0374-8297718", "type", "consultation",
                "label", "创业担保贷款服务电话（鸠山镇，限长测试）", "organization", "xuchang-hrss",
                "services", List.of("startup-guarantee-loan"), "regions", List.of("411081109"),
                "status", "active", "source", "ContractLimitsTest"));
    }

    private static void refused(String path, Map<String, Object> body, String field) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void parameterRefused(String uri, String name) {
        given().when().get(uri).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(name));
    }

    private static int maxLength(String schema, String field) {
        JsonNode property = api.path("components").path("schemas").path(schema).path("properties").path(field);
        JsonNode max = property.has("items") ? property.path("items").path("maxLength") : property.path("maxLength");
        assertThat(max.isInt()).as("%s.%s has a maxLength", schema, field).isTrue();
        return max.asInt();
    }

    private static int maxItems(String schema, String field) {
        JsonNode max = api.path("components").path("schemas").path(schema).path("properties").path(field)
                .path("maxItems");
        assertThat(max.isInt()).as("%s.%s has maxItems", schema, field).isTrue();
        return max.asInt();
    }

    private static int parameterMax(String path, String name) {
        return parameterMax(path, name, "get");
    }

    private static int parameterMax(String path, String name, String method) {
        return parameter(path, method, name).path("maxLength").asInt();
    }

    private static long parameterMaximum(String path, String name) {
        return parameter(path, "get", name).path("maximum").asLong();
    }

    private static JsonNode parameter(String path, String method, String name) {
        for (JsonNode parameter : api.path("paths").path(path).path(method).path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return resolve(parameter.path("schema"));
            }
        }
        throw new AssertionError("no parameter " + name + " on " + method + " " + path);
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : api.at(ref.substring(1));
    }

    private static void limited(String where, JsonNode schema, List<String> missing) {
        String type = schema.path("type").asText();
        if (schema.has("enum") || schema.has("const")) {
            return;
        }
        switch (type) {
            case "string" -> {
                if (!schema.has("maxLength")) {
                    missing.add(where + ": no maxLength");
                }
            }
            case "array" -> {
                if (!schema.has("maxItems")) {
                    missing.add(where + ": no maxItems");
                }
                limited(where + " entries", resolve(schema.path("items")), missing);
            }
            case "integer" -> {
                if (!schema.has("format") || !schema.has("minimum") || !schema.has("maximum")) {
                    missing.add(where + ": no format, minimum and maximum");
                }
            }
            default -> {
            }
        }
    }
}
