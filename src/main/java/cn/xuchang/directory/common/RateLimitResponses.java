package cn.xuchang.directory.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * 限流说明 (rate limits in the contract): every read under /api/ counts against a quota (ratelimit/ReadRateLimit),
 * so each GET documents its answers' RateLimit-Policy and RateLimit headers, 429 with Retry-After, the optional
 * partner key and its 401. A shared error response it refers to gets a variant with the headers
 * ({@code NotFound} → {@code NotFoundWithRateLimit}), since the writes that share it have no such headers.
 */
class RateLimitResponses implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";
    /** With the cross-origin header every read answer carries (common/CrossOrigin). */
    private static final List<String> HEADERS = List.of("RateLimit-Policy", "RateLimit", "Access-Control-Allow-Origin");
    private static final String SUFFIX = "WithRateLimit";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getOperations().get(HttpMethod.GET);
            if (path.startsWith("/api/") && get != null) {
                limit(openAPI, get);
            }
        });
    }

    private static void limit(OpenAPI openAPI, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Anonymous, or with a partner key for a quota of its own.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("partnerKey")));
        }
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        responses.putIfAbsent("401", OASFactory.createAPIResponse().ref(RESPONSES + "InvalidApiKey"));
        responses.put("429", OASFactory.createAPIResponse().ref(RESPONSES + "TooManyReads"));
        responses.replaceAll((code, response) -> code.startsWith("5") || hasHeaders(response) ? response
                : withHeaders(openAPI, response));
        operation.getResponses().setAPIResponses(new LinkedHashMap<>(responses));
    }

    private static APIResponse withHeaders(OpenAPI openAPI, APIResponse response) {
        if (response.getRef() == null) {
            HEADERS.forEach(name -> response.addHeader(name, header(name)));
            return response;
        }
        String name = response.getRef().substring(RESPONSES.length());
        Map<String, APIResponse> shared = openAPI.getComponents().getResponses();
        APIResponse original = shared.get(name);
        if (original == null) {
            throw new IllegalStateException("no shared response " + name);
        }
        if (!shared.containsKey(name + SUFFIX)) {
            APIResponse copy = OASFactory.createAPIResponse().description(original.getDescription())
                    .content(original.getContent());
            if (original.getHeaders() != null) {
                original.getHeaders().forEach(copy::addHeader);
            }
            HEADERS.forEach(header -> copy.addHeader(header, header(header)));
            openAPI.getComponents().addResponse(name + SUFFIX, copy);
        }
        return OASFactory.createAPIResponse().ref(RESPONSES + name + SUFFIX);
    }

    /** The shared responses of the limit itself, which declare the headers already. */
    private static boolean hasHeaders(APIResponse response) {
        return (RESPONSES + "TooManyReads").equals(response.getRef())
                || (RESPONSES + "InvalidApiKey").equals(response.getRef());
    }

    private static Header header(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
