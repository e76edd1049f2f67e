package cn.xuchang.directory.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * 响应头 (response headers): the headers caching/HttpCaching and the write path put on successful answers, declared
 * once from components (META-INF/openapi.yaml) — ETag, Last-Modified and Cache-Control on every read, ETag on a
 * change, Location on a creation.
 */
class ResponseHeaders implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            APIResponse ok = operation.getResponses().getAPIResponse("200");
            if (ok != null && ok.getRef() == null) {
                declare(ok, "ETag");
                if (method == HttpMethod.GET) {
                    declare(ok, "Last-Modified");
                    declare(ok, "Cache-Control");
                }
            }
            APIResponse created = operation.getResponses().getAPIResponse("201");
            if (created != null && created.getRef() == null) {
                declare(created, "Location");
                declare(created, "ETag");
            }
        }));
    }

    /** A response that names headers names the cross-origin one too (common/CrossOrigin puts it on every answer it allows). */
    private static void declare(APIResponse response, String header) {
        add(response, header);
        add(response, "Access-Control-Allow-Origin");
    }

    private static void add(APIResponse response, String header) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
            response.addHeader(header, OASFactory.createHeader().ref("#/components/headers/" + header));
        }
    }
}
