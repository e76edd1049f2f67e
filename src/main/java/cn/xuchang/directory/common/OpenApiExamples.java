package cn.xuchang.directory.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Adds the named {@link Examples} to the OpenAPI description, beside the schemas inferred from the code. */
class OpenApiExamples implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(this::addExamples));
    }

    private void addExamples(Operation operation) {
        for (Examples.Example example : Examples.ALL) {
            if (!example.operationId().equals(operation.getOperationId())) {
                continue;
            }
            APIResponse response = operation.getResponses().getAPIResponse(example.status());
            if (response == null || response.getContent() == null) {
                continue;
            }
            for (MediaType media : response.getContent().getMediaTypes().values()) {
                media.addExample(example.name(), OASFactory.createExample()
                        .summary(example.request() == null ? example.name() : "GET " + example.request())
                        .value(read(example)));
            }
        }
    }

    private static Object read(Examples.Example example) {
        try (InputStream in = OpenApiExamples.class.getResourceAsStream(Examples.resource(example))) {
            if (in == null) {
                throw new IllegalStateException("missing example " + Examples.resource(example));
            }
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
