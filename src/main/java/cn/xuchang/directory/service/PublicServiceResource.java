package cn.xuchang.directory.service;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordWriteResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.organization.Organization;
import io.quarkus.panache.common.Sort;

/** HTTP API for public services (办事事项). */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
@RecordWrites(kind = ServiceKind.NAME, term = "办事事项")
public class PublicServiceResource extends RecordWriteResource<ServiceRequest> {

    @GET
    @Operation(operationId = "listServices", summary = "List services", description = "Services ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of services")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<ServiceView> list(
            @Parameter(description = "Only services this organization is responsible for", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        ListFilter filter = freshness.appendTo(new ListFilter())
                .equal("organization", organization, ListFilter.existing("organization", id -> Organization.findById(id)));
        return PageView.of(PublicService.find(filter.query(), Sort.by("id"), filter.params()), paging, ServiceView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getService", summary = "Get one service",
            description = "The service with the other names citizens use for it and the organization responsible.")
    @APIResponse(responseCode = "200", description = "The service")
    public ServiceView get(
            @Parameter(description = "Service id", example = "startup-guarantee-loan") @PathParam("id") String id) {
        return ServiceView.from(ApiException.orNotFound(PublicService.<PublicService>findById(id), "service", id));
    }
}
