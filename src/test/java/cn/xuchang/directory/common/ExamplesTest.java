package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI examples are real answers: each is requested again and must match. Run with
 * {@code -Dexamples.update=true} to rewrite them from the live answers after a deliberate change.
 */
@QuarkusTest
class ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void everyExampleIsWhatTheApiAnswers() throws IOException {
        boolean update = Boolean.getBoolean("examples.update");
        for (Examples.Example example : Examples.ALL) {
            if (example.request() == null) {
                continue;
            }
            String body = given().urlEncodingEnabled(false).when().get(example.request().replace("+", "%2B"))
                    .then().statusCode(Integer.parseInt(example.status())).extract().asString();
            JsonNode live = JSON.readTree(body);
            if (update) {
                Path file = Path.of("src/main/resources", Examples.resource(example));
                Files.writeString(file, JSON.writeValueAsString(live) + "\n");
                continue;
            }
            try (InputStream in = Examples.class.getResourceAsStream(Examples.resource(example))) {
                assertThat(in).as(example.file()).isNotNull();
                JsonNode stored = JSON.readTree(in);
                for (String field : example.varying()) {
                    stored.findParents(field).forEach(parent -> ((ObjectNode) parent).remove(field));
                    live.findParents(field).forEach(parent -> ((ObjectNode) parent).remove(field));
                }
                assertThat(stored).as("example %s (%s) is stale; rerun with -Dexamples.update=true",
                        example.name(), example.file()).isEqualTo(live);
            }
        }
    }
}
