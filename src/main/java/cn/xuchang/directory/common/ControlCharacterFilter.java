package cn.xuchang.directory.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * Refuses control characters (NUL, escape…) in the path and query with one 400, before any lookup:
 * no name, code, number or query contains them, and PostgreSQL rejects NUL in text outright.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControlCharacters(ContainerRequestContext request, RoutingContext context) {
        String field = null;
        if (hasControl(request.getUriInfo().getPath())) {
            field = "path";
        } else {
            // The query as the REST layer reads it for the resources: decoded once per request.
            for (Map.Entry<String, String> param : context.queryParams()) {
                if (hasControl(param.getKey()) || hasControl(param.getValue())) {
                    field = param.getKey();
                    break;
                }
            }
        }
        if (field == null) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem("/problems/invalid-input",
                "Invalid input", 400, field + ": control characters are not allowed", path,
                List.of(new Problem.FieldError(field, "control characters are not allowed")))).build();
    }

    private static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) { // a loop, not text.chars(): no stream on every request
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
