package cn.xuchang.directory.location;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.ListFilters;
import cn.xuchang.directory.editing.ListFilters.Words;
import cn.xuchang.directory.editing.ListQuery;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;

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
    @ListFilters(service = @Words(value = "Only windows handling this service", example = "startup-guarantee-loan"),
            organization = @Words(value = "Only windows staffed by this organization", example = "xuchang-hrss"))
    public PageView<ServiceWindowView> list(@BeanParam ListQuery query, @BeanParam Paging paging) {
        return page(query, paging);
    }
}
