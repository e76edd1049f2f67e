package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** openapi/ is generated from the code: this fails, listing what differs, when the committed copy is stale. */
@QuarkusTest
class OpenApiDriftTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REGENERATE = "regenerate it with ./mvnw package -DskipTests and commit openapi/";

    @Test
    void theCommittedDescriptionMatchesTheCode() throws IOException {
        JsonNode live = live();
        for (String file : new String[] {"openapi/openapi.json", "openapi/openapi.yaml"}) {
            JsonNode committed = file.endsWith(".json") ? JSON.readTree(Path.of(file).toFile())
                    : new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Files.readString(Path.of(file)));
            List<String> differences = new ArrayList<>();
            diff("", committed, live, differences);
            assertThat(differences).as(file + " is stale; " + REGENERATE).isEmpty();
        }
    }

    @Test
    void everyOperationHasASummaryItsErrorsAndAnExample() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(live().get("paths").fields())) {
            for (Map.Entry<String, JsonNode> op : iterable(path.getValue().fields())) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("summary")) {
                    missing.add(name + ": summary");
                }
                if (!operation.hasNonNull("operationId")) {
                    missing.add(name + ": operationId");
                }
                JsonNode responses = operation.get("responses");
                boolean hasError = false;
                for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
                    hasError |= codes.next().startsWith("4");
                }
                if (!hasError) {
                    missing.add(name + ": a 4xx response");
                }
                JsonNode success = responses.has("201") ? responses.get("201") : responses.path("200");
                for (Map.Entry<String, JsonNode> media : iterable(success.path("content").fields())) {
                    boolean binary = "binary".equals(media.getValue().path("schema").path("format").asText());
                    if (!binary && media.getValue().path("examples").isEmpty()) {
                        missing.add(name + ": an example of its " + media.getKey() + " answer");
                    }
                }
                if (!success.has("content") && !success.has("$ref")) {
                    missing.add(name + ": the content of its success answer");
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (!parameter.hasNonNull("description")) {
                        missing.add(name + ": description of parameter " + parameter.get("name").asText());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static JsonNode live() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }

    /** Collects the JSON pointers where two trees differ, for a readable failure. */
    private static void diff(String at, JsonNode committed, JsonNode live, List<String> out) {
        if (committed.equals(live)) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            for (Iterator<String> names = committed.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!live.has(name)) {
                    out.add(at + "/" + name + " is no longer in the code");
                } else {
                    diff(at + "/" + name, committed.get(name), live.get(name), out);
                }
            }
            for (Iterator<String> names = live.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!committed.has(name)) {
                    out.add(at + "/" + name + " is new in the code");
                }
            }
        } else if (committed.isArray() && live.isArray() && committed.size() == live.size()) {
            for (int i = 0; i < committed.size(); i++) {
                diff(at + "/" + i, committed.get(i), live.get(i), out);
            }
        } else {
            out.add(at + ": committed " + abbreviate(committed) + ", code says " + abbreviate(live));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
