package cn.xuchang.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * 兼容性 (compatibility): the committed API description against the /api/v1 contract as first released
 * (src/test/resources/contract/), with openapi-diff — partners' clients must keep working, so nothing
 * may change incompatibly; what did change is printed for the record.
 */
class ContractCompatibilityTest {

    private static final Path RELEASED = Path.of("src/test/resources/contract/openapi-v1-baseline.json");
    private static final Path CURRENT = Path.of("openapi/openapi.json");

    @Test
    void theApiStaysCompatibleWithTheReleasedV1() throws Exception {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(RELEASED.toUri().toString(), CURRENT.toUri().toString());
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (OutputStreamWriter out = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, out);
        }
        String changes = report.toString(StandardCharsets.UTF_8);
        System.out.println("== API changes since the released /api/v1 contract\n" + changes);
        assertThat(diff.isIncompatible()).as("incompatible changes:\n%s", changes).isFalse();
        assertThat(diff.getMissingEndpoints()).as("removed endpoints").isEmpty();
    }
}
