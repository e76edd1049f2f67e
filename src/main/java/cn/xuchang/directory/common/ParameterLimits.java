package cn.xuchang.directory.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * 参数上限 (parameter limits): the longest value each text parameter of the API takes, by name, wherever it appears
 * (path, query or If-Match). The contract states them (ContractLimits writes each into every parameter of that
 * name) and this filter refuses a longer value with a 400 naming the parameter, before any resource runs — one
 * table, so the two cannot drift apart.
 */
@Provider
public class ParameterLimits implements ContainerRequestFilter {

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
            Map.entry(HttpHeaders.IF_MATCH, Limits.IF_MATCH));

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            check(HttpHeaders.IF_MATCH, List.of(ifMatch));
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        parameters.forEach(ParameterLimits::check);
    }

    private static void check(String name, List<String> values) {
        Integer max = TEXTS.get(name);
        if (max != null && values.stream().anyMatch(value -> value != null && value.length() > max)) {
            throw ApiException.invalid(name, "must be at most " + max + " characters");
        }
    }
}
