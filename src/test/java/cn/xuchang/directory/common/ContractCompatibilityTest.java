package cn.xuchang.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 兼容性 (compatibility): the committed API description against the /api/v1 contract as first released
 * (src/test/resources/contract/), with openapi-diff — partners' clients must keep working, so nothing
 * may change incompatibly; what did change is printed for the record. The few breaks made on purpose are
 * applied to the released contract first, each with its reason ({@link #deliberateBreaks}), so that any other
 * still fails.
 */
class ContractCompatibilityTest {

    private static final Path RELEASED = Path.of("src/test/resources/contract/openapi-v1-baseline.json");
    private static final Path CURRENT = Path.of("openapi/openapi.json");

    @Test
    void theApiStaysCompatibleWithTheReleasedV1(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path released = dir.resolve("released.json");
        json.writeValue(released.toFile(),
                deliberateBreaks(json.readTree(RELEASED.toFile()), json.readTree(CURRENT.toFile())));
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toUri().toString(), CURRENT.toUri().toString());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, out);
        }
        String changes = report.toString(StandardCharsets.UTF_8);
        System.out.println("== API changes since the released /api/v1 contract\n" + changes);
        assertThat(diff.isIncompatible()).as("incompatible changes:\n%s", changes).isFalse();
        assertThat(diff.getMissingEndpoints()).as("removed endpoints").isEmpty();
    }

    /** The released contract with the changes the service makes on purpose although a client may notice them. */
    private static JsonNode deliberateBreaks(JsonNode released, JsonNode current) {
        // Issue 10, point 5: a PATCH body is JSON Merge Patch only; sent as application/json it is 415 with
        // Accept-Patch, since plain JSON leaves open which kind of patch is meant.
        released.path("paths").forEach(item -> {
            if (item.path("patch").path("requestBody").path("content") instanceof ObjectNode content) {
                content.remove("application/json");
            }
        });
        // Issue 10, point 8: the contract states the limits of what a client sends (maxLength, maxItems, an
        // integer's format and range), and the server refuses beyond them with 400. The column limits were refused
        // before as well, as a 400 from the same checks; the list and parameter limits are new, set far above what a
        // real request holds. Only these keywords are carried over from the current contract, so any other
        // narrowing of a request still fails here.
        released.path("components").path("schemas").fields().forEachRemaining(schema ->
                copyLimits(current.path("components").path("schemas").path(schema.getKey()), schema.getValue()));
        released.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode now = current.path("paths").path(path.getKey()).path(method.getKey()).path("parameters");
            method.getValue().path("parameters").forEach(parameter -> now.forEach(same -> {
                if (same.path("name").equals(parameter.path("name")) && same.path("in").equals(parameter.path("in"))) {
                    copyLimits(same.path("schema"), parameter.path("schema"));
                }
            }));
        }));
        // Issue 11, point 5: an exported data/ file (YAML or CSV) is declared as the bytes it is (format: binary), so
        // that a generated client saves it instead of parsing it as JSON — which failed on every call before, so no
        // working client depended on the old declaration. The body on the wire is unchanged.
        if (released.path("paths").path("/api/v1/export/{file}").path("get").path("responses").path("200")
                .path("content") instanceof ObjectNode content) {
            content.fields().forEachRemaining(type -> {
                if (type.getValue().path("schema") instanceof ObjectNode schema) {
                    schema.put("format", "binary");
                }
            });
        }
        return released;
    }

    private static final List<String> LIMITS = List.of("maxLength", "maxItems", "minimum", "maximum", "format");

    /** The limit keywords of {@code from} onto {@code to}, in their properties and list entries too. */
    private static void copyLimits(JsonNode from, JsonNode to) {
        if (!(to instanceof ObjectNode target) || from.isMissingNode()) {
            return;
        }
        LIMITS.forEach(keyword -> {
            if (from.has(keyword)) {
                target.set(keyword, from.get(keyword));
            }
        });
        copyLimits(from.path("items"), to.path("items"));
        to.path("properties").fields().forEachRemaining(property ->
                copyLimits(from.path("properties").path(property.getKey()), property.getValue()));
    }
}
