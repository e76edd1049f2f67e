package cn.xuchang.directory.hotline;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.editing.ListFilters;
import cn.xuchang.directory.editing.ListFilters.Words;
import cn.xuchang.directory.editing.ListQuery;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;

/** HTTP API for hotlines (热线), with filters for partners that sync the directory. */
@Path("/api/v1/hotlines")
@Tag(name = "Hotlines")
@RecordReads(summary = "Get one hotline",
        description = "The hotline with its number in display, E.164 and tel: forms, its services, service area, status and source.",
        example = "startup-loan-yuzhou")
@RecordWrites(kind = HotlineKind.NAME, term = "热线")
public class HotlineResource extends RecordResource<HotlineRequest, HotlineView> {

    @GET
    @Operation(operationId = "listHotlines", summary = "List hotlines",
            description = "Hotlines ordered by id. The region filter matches hotlines whose service area lists that "
                    + "region itself; to find the desk a citizen of a region should call, use /api/v1/resolve.")
    @ListFilters(service = @Words(value = "Only hotlines answering for this service", example = "startup-guarantee-loan"),
            region = @Words(value = "Only hotlines whose service area lists this region", example = "411081"),
            organization = @Words(value = "Only hotlines of this organization", example = "xuchang-hrss"))
    public PageView<HotlineView> list(
            @Parameter(description = "Only hotlines of this type", example = "consultation",
                    schema = @Schema(implementation = HotlineType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only hotlines with this status", example = "active",
                    schema = @Schema(implementation = HotlineStatus.class))
            @QueryParam("status") String status,
            @BeanParam ListQuery query, @BeanParam Paging paging) {
        return page(query, paging, filter -> filter
                .equal("type", type, raw -> Params.parseEnum(HotlineType.class, "type", raw))
                .equal("status", status, raw -> Params.parseEnum(HotlineStatus.class, "status", raw)));
    }
}
