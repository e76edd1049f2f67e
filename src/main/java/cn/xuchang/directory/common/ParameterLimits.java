package cn.xuchang.directory.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * 参数上限 (parameter limits): the longest value each text parameter of the API takes, by name, wherever it appears
 * (path, query or If-Match). The contract states them (ContractLimits writes each into every parameter of that
 * name) and this filter refuses a longer value with a 400 naming the parameter, before any resource runs — one
 * table, so the two cannot drift apart.
 */
public class ParameterLimits {

    /** Parameter name to its longest value. */
    static final Map<String, Integer> TEXTS = Map.ofEntries(
            Map.entry("id", Limits.ID),                     // a record's slug, a report's UUID, a key's id
            Map.entry("organization", Limits.ID),
            Map.entry("service", Limits.ID),
            Map.entry("parent", Limits.ID),                 // an organization's id or a region's code
            Map.entry("code", Limits.REGION_CODE),
            Map.entry("region", Limits.REGION_CODE),
            Map.entry("number", Limits.PHONE_NUMBER),
            Map.entry("q", Limits.QUERY),
            Map.entry("status", Limits.WORD),
            Map.entry("type", Limits.WORD),
            Map.entry("level", Limits.WORD),
            Map.entry("file", Limits.FILE_NAME),
            Map.entry("kind", Limits.WORD),                 // the kind of records a CSV upload holds
            Map.entry("after", 20),                         // a change feed cursor: a position in the log
            Map.entry("organization_id", 36),               // an HSDS id: a UUID
            Map.entry("modified_after", 35),                // 2026-11-27T08:00:00.123456789+08:00
            Map.entry("from", 10),                          // a date, 2025-10-01
            Map.entry("to", 10),
            Map.entry("near", 60),                          // latitude,longitude: 34.0357,113.8523
            Map.entry("datum", Limits.WORD),
            Map.entry(HttpHeaders.IF_MATCH, Limits.IF_MATCH));

    /** The path parameter after each collection: /api/v1/regions/{code}, /numbers/{number}, /export/{file}, else {id}. */
    private static final Map<String, String> PATH_PARAMETERS = Map.of("regions", "code", "numbers", "number",
            "export", "file");

    /** Path segments that group collections: /api/v1/admin/api-keys/{id}, /api/v1/hsds/services/{id}. */
    private static final java.util.Set<String> GROUPS = java.util.Set.of("admin", "hsds");

    /** Before matching, with the other checks of the raw request (ControlCharacterFilter): path parameters by position. */
    @ServerRequestFilter(preMatching = true)
    public void filter(ContainerRequestContext request, RoutingContext context) {
        List<String> segments = request.getUriInfo().getPathSegments().stream().map(s -> s.getPath())
                .filter(s -> !s.isEmpty()).toList();
        int collection = segments.size() > 3 && GROUPS.contains(segments.get(2)) ? 3 : 2;
        if (segments.size() > collection + 1 && "api".equals(segments.get(0))) {
            String name = PATH_PARAMETERS.getOrDefault(segments.get(collection), "id");
            check(name, List.of(segments.get(collection + 1)));
        }
        for (Map.Entry<String, String> param : context.queryParams()) {
            check(param.getKey(), List.of(param.getValue()));
        }
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            check(HttpHeaders.IF_MATCH, List.of(ifMatch));
        }
    }

    private static void check(String name, List<String> values) {
        Integer max = TEXTS.get(name);
        if (max != null && values.stream().anyMatch(value -> value != null && value.length() > max)) {
            throw ApiException.invalid(name, "must be at most " + max + " characters");
        }
    }
}
