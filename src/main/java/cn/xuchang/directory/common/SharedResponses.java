package cn.xuchang.directory.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * 共用错误响应 (shared error responses): the errors an operation answers because of what it is — it takes a
 * body (400, 413 above quarkus.http.limits.max-body-size, 415 for another media type), names a record by
 * {@code {id}}, needs If-Match or a bearer token, is a read (406 for an Accept it cannot answer); and
 * 400 everywhere, for control characters in the path or query — added here so no resource repeats them.
 */
class SharedResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> complete(operation, needs(method, operation))));
    }

    /** Status code to the name of its response in components (META-INF/openapi.yaml). */
    private static Map<String, String> needs(HttpMethod method, Operation operation) {
        Map<String, String> needs = new TreeMap<>();
        if (method == HttpMethod.GET) {
            // Every read answers JSON (or its own declared type): any other Accept is refused (common/ProblemMapper).
            needs.put("406", "NotAcceptable");
        }
        // A control character in the path or query is refused before any lookup (common/ControlCharacterFilter),
        // whatever the operation.
        needs.put("400", "BadRequest");
        // Whatever was not foreseen (a database out of reach): one problem, logged, nothing changed.
        needs.put("500", "InternalError");
        if (operation.getRequestBody() != null) {
            // A body still arriving at the deadline (common/HttpLayerProblems).
            needs.put("408", "RequestTimeout");
            needs.put("413", "PayloadTooLarge");
            needs.put("415", method == HttpMethod.PATCH ? "UnsupportedPatchType" : "UnsupportedMediaType");
        }
        if (has(operation, Parameter.In.PATH, "id")) {
            needs.put("404", "NotFound");
        }
        if (has(operation, Parameter.In.HEADER, "If-Match")) {
            needs.put("412", "PreconditionFailed");
            needs.put("428", "PreconditionRequired");
        }
        if (isSecured(operation, "bearer")) {
            needs.put("401", "Unauthorized");
            // A change can be refused for the token's organization, and so can a read of one record (its history);
            // a list behind a token shows each editor their own.
            if (method != HttpMethod.GET || has(operation, Parameter.In.PATH, "id")) {
                needs.put("403", "Forbidden");
            }
        }
        if (isSecured(operation, "adminBearer")) {
            // Administration: an editor's token is refused, reads included.
            needs.put("401", "Unauthorized");
            needs.put("403", "AdminOnly");
        }
        return needs;
    }

    /** Adds what is missing, in status order; a response the operation declares itself stays as it is. */
    private static void complete(Operation operation, Map<String, String> needs) {
        if (needs.isEmpty()) {
            return;
        }
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        needs.forEach((code, name) -> responses.putIfAbsent(code,
                OASFactory.createAPIResponse().ref("#/components/responses/" + name)));
        operation.getResponses().setAPIResponses(new LinkedHashMap<>(responses));
    }

    private static boolean isSecured(Operation operation, String scheme) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.hasScheme(scheme));
    }

    private static boolean has(Operation operation, Parameter.In in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == in && name.equalsIgnoreCase(parameter.getName()));
    }
}
