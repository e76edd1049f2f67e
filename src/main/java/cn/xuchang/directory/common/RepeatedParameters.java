package cn.xuchang.directory.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.ext.web.RoutingContext;

/**
 * 重复参数 (repeated parameters): every query parameter of the API takes one value, so {@code ?q=a&q=b} is a 400
 * naming it rather than a silent choice of the first.
 */
public class RepeatedParameters {

    @ServerRequestFilter(preMatching = true)
    public Response refuseRepeatedParameters(ContainerRequestContext request, RoutingContext context) {
        for (String name : context.queryParams().names()) {
            int given = context.queryParams().getAll(name).size();
            if (given > 1) {
                String message = "given " + given + " times; send it once";
                String path = request.getUriInfo().getRequestUri().getRawPath();
                return Response.status(400).type(Problem.MEDIA_TYPE).entity(new Problem("/problems/invalid-input",
                        "Invalid input", 400, name + ": " + message, path,
                        List.of(new Problem.FieldError(name, message)))).build();
            }
        }
        return null;
    }
}
