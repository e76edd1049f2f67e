package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The committed contract holds for every record: each JSON GET of openapi/openapi.json is called with its
 * examples, every list is walked to each of its records' own GET, lookup and resolve are asked for every service,
 * and every answer is validated against the 200 schema the contract declares for it (required fields, types,
 * formats, lengths), as a partner's generated client or validator would read it.
 */
@QuarkusTest
class ResponseSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SPEC = Path.of("openapi/openapi.json");
    /** Where the registry finds the contract (the file's text, under a name of the test's own). */
    private static final String CONTRACT = "https://contract.test/openapi.json";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(ResponseSchemaTest::contractText).schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    /** Reads of what only a caller makes (a key, an upload): their examples name nothing in the seed data. */
    private static final java.util.Set<String> MADE_BY_CALLERS = java.util.Set.of("/api/v1/admin/api-keys/{id}",
            "/api/v1/imports/{id}", "/api/v1/changes");

    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private int checked;

    @Test
    void everyAnswerOfTheSeedDataFollowsTheContract() throws IOException {
        JsonNode spec = JSON.readTree(SPEC.toFile());
        Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || !get.at("/responses/200/content/application~1json").isObject()) {
                continue;
            }
            String url = withExamples(path.getKey(), get);
            if (url != null && !MADE_BY_CALLERS.contains(path.getKey())) {
                check(path.getKey(), url);
            }
            if (!path.getKey().contains("{")) {
                walkItems(spec, path.getKey());
            }
        }
        for (String service : ids("/api/v1/services?size=200", "items")) {
            String name = given().when().get("/api/v1/services/" + service).then().extract().jsonPath().getString("name");
            check("/api/v1/lookup", "/api/v1/lookup?q=" + encode("禹州 " + name));
            for (String region : List.of("411000", "411081", "411081204", "411003", "411003001")) {
                check("/api/v1/resolve", "/api/v1/resolve?service=" + service + "&region=" + region);
            }
        }
        for (String query : List.of("12345", "0374-8297716", "许昌县 创业贷款", "洛阳 创业担保贷款", "靈井鎮 創業貸款",
                "市长信箱", "禹州人社局贷款")) {
            check("/api/v1/lookup", "/api/v1/lookup?q=" + encode(query));
        }
        String cursor = given().when().get("/api/v1/export").then().statusCode(200).extract()
                .header("X-Changes-Cursor");
        check("/api/v1/changes", "/api/v1/changes?after=" + encode(cursor));
        check("/api/v1/numbers/{number}", "/api/v1/numbers/" + encode("0374-8297716"));
        check("/api/v1/numbers/{number}", "/api/v1/numbers/12345");
        check("/api/v1/regions/{code}", "/api/v1/regions/411081204");
        assertThat(problems).as("answers that break the contract").isEmpty();
        // Every kind's list and each of its records, lookups and resolutions: far more than the operations.
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void theCheckBites() {
        String hotline = given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(200).extract()
                .asString();
        Schema schema = schemaOf("/api/v1/hotlines/{id}");
        assertThat(schema.validate(hotline, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(hotline.replace("\"id\":\"startup-loan-yuzhou\",", ""), InputFormat.JSON))
                .as("a required field left out").isNotEmpty();
        assertThat(schema.validate(hotline.replace("\"version\":", "\"version\":\"1\",\"x\":"), InputFormat.JSON))
                .as("a number sent as text").isNotEmpty();
    }

    /** Each record of a list, by its own GET ({@code path/{id}}), when the contract has one. */
    private void walkItems(JsonNode spec, String list) {
        String item = list + "/{id}";
        boolean regions = list.equals("/api/v1/regions");
        if (regions) {
            item = list + "/{code}";
        }
        if (!spec.get("paths").has(item) || !spec.get("paths").get(item).has("get")) {
            return;
        }
        String field = list.startsWith("/api/v1/hsds") ? "contents" : "items";
        String paging = list.startsWith("/api/v1/hsds") ? "per_page=1000" : "size=200";
        List<String> ids = ids(list + "?" + paging, field + (regions ? ".code" : ".id"));
        // Regions: the city, its counties and a sample of townships is enough.
        for (String id : regions ? ids.subList(0, Math.min(ids.size(), 40)) : ids) {
            check(item, item.replaceAll("\\{[a-z]+}", encode(id)));
        }
    }

    private static List<String> ids(String url, String path) {
        return given().auth().oauth2(Tokens.admin()).when().get(url).then().statusCode(200).extract().jsonPath()
                .getList(path.contains(".") ? path : path + ".id", String.class);
    }

    private void check(String template, String url) {
        Response answer = given().urlEncodingEnabled(false).auth().oauth2(Tokens.admin()).when().get(url);
        if (answer.statusCode() != 200) {
            problems.put(url, List.of("status " + answer.statusCode() + ": " + answer.asString()));
            return;
        }
        List<String> found = schemaOf(template).validate(answer.asString(), InputFormat.JSON).stream()
                .map(Error::toString).toList();
        if (!found.isEmpty()) {
            problems.put(url, found);
        }
        checked++;
    }

    /** The 200 JSON schema of a GET in the committed contract, by JSON pointer into the file. */
    private static Schema schemaOf(String template) {
        String pointer = "/paths/" + template.replace("~", "~0").replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema";
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(CONTRACT + "#"
                + pointer.replace("{", "%7B").replace("}", "%7D")));
        schema.initializeValidators();
        return schema;
    }

    private static String contractText(String iri) {
        try {
            return CONTRACT.equals(iri) ? java.nio.file.Files.readString(SPEC) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The path with its examples filled in, and the required query parameters; null when one has no example. */
    private static String withExamples(String template, JsonNode get) {
        String url = template;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : get.path("parameters")) {
            JsonNode example = parameter.has("example") ? parameter.get("example")
                    : parameter.path("schema").path("examples").path(0);
            String in = parameter.get("in").asText();
            if (in.equals("path")) {
                if (example.isMissingNode()) {
                    return null;
                }
                url = url.replace("{" + parameter.get("name").asText() + "}", encode(example.asText()));
            } else if (in.equals("query") && parameter.path("required").asBoolean() && !example.isMissingNode()) {
                query.add(parameter.get("name").asText() + "=" + encode(example.asText()));
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
