package cn.xuchang.directory.location;

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
import cn.xuchang.directory.service.PublicService;
import io.quarkus.panache.common.Sort;

/** HTTP API for service windows (办事窗口). */
@Path("/api/v1/windows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations and windows")
@RecordWrites(kind = WindowKind.NAME, term = "办事窗口")
public class ServiceWindowResource extends RecordWriteResource<WindowRequest> {

    @GET
    @Operation(operationId = "listWindows", summary = "List service windows", description = "Windows ordered by id, with the centre they are in.")
    @APIResponse(responseCode = "200", description = "One page of windows")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<ServiceWindowView> list(
            @Parameter(description = "Only windows handling this service", example = "startup-guarantee-loan")
            @QueryParam("service") String service,
            @Parameter(description = "Only windows staffed by this organization", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        ListFilter filter = freshness.appendTo(new ListFilter())
                .member("services", "service", service, ListFilter.existing("service", id -> PublicService.findById(id)))
                .equal("organization", organization, ListFilter.existing("organization", id -> Organization.findById(id)));
        return PageView.of(ServiceWindow.find(filter.query(), Sort.by("id"), filter.params()), paging, ServiceWindowView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWindow", summary = "Get one service window",
            description = "The window with its floor, zone and number, the centre it is in and the services it handles.")
    @APIResponse(responseCode = "200", description = "The window")
    public ServiceWindowView get(
            @Parameter(description = "Window id", example = "citizen-centre-b118-startup-loan") @PathParam("id") String id) {
        return ServiceWindowView.from(ApiException.orNotFound(ServiceWindow.<ServiceWindow>findById(id), "window", id));
    }
}
