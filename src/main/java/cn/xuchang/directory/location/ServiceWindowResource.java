package cn.xuchang.directory.location;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.service.ServiceKind;

/** HTTP API for service windows (办事窗口). */
@Path("/api/v1/windows")
@Tag(name = "Locations and windows")
@RecordReads(summary = "Get one service window",
        description = "The window with its floor, zone and number, the centre it is in and the services it handles.",
        example = "citizen-centre-b118-startup-loan")
@RecordWrites(kind = WindowKind.NAME, term = "办事窗口")
public class ServiceWindowResource extends RecordResource<WindowRequest, ServiceWindowView> {

    @GET
    @Operation(operationId = "listWindows", summary = "List service windows", description = "Windows ordered by id, with the centre they are in.")
    public PageView<ServiceWindowView> list(
            @Parameter(description = "Only windows handling this service", example = "startup-guarantee-loan")
            @QueryParam("service") String service,
            @Parameter(description = "Only windows staffed by this organization", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        return page(freshness.appendTo(new ListFilter())
                .member("services", "service", service, existing(ServiceKind.NAME))
                .equal("organization", organization, existing(OrganizationKind.NAME)), paging);
    }
}
