package cn.xuchang.directory.hotline;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordWriteResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.region.RegionService;
import cn.xuchang.directory.service.PublicService;
import io.quarkus.panache.common.Sort;

/** HTTP API for hotlines (热线), with filters for partners that sync the directory. */
@Path("/api/v1/hotlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hotlines")
@RecordWrites(kind = HotlineKind.NAME, term = "热线")
public class HotlineResource extends RecordWriteResource<HotlineRequest> {

    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listHotlines", summary = "List hotlines",
            description = "Hotlines ordered by id. The region filter matches hotlines whose service area lists that "
                    + "region itself; to find the desk a citizen of a region should call, use /api/v1/resolve.")
    @APIResponse(responseCode = "200", description = "One page of hotlines")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<HotlineView> list(
            @Parameter(description = "Only hotlines answering for this service", example = "startup-guarantee-loan")
            @QueryParam("service") String service,
            @Parameter(description = "Only hotlines whose service area lists this region", example = "411081")
            @QueryParam("region") String region,
            @Parameter(description = "Only hotlines of this organization", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @Parameter(description = "Only hotlines of this type", example = "consultation",
                    schema = @Schema(implementation = HotlineType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only hotlines with this status", example = "active",
                    schema = @Schema(implementation = HotlineStatus.class))
            @QueryParam("status") String status,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        ListFilter filter = freshness.appendTo(new ListFilter())
                .member("services", "service", service, ListFilter.existing("service", id -> PublicService.findById(id)))
                .member("regions", "region", region, code -> regions.require(code, "region"))
                .equal("organization", organization, ListFilter.existing("organization", id -> Organization.findById(id)))
                .equal("type", type, raw -> Params.parseEnum(HotlineType.class, "type", raw))
                .equal("status", status, raw -> Params.parseEnum(HotlineStatus.class, "status", raw));
        return PageView.of(Hotline.find(filter.query(), Sort.by("id"), filter.params()), paging, HotlineView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHotline", summary = "Get one hotline",
            description = "The hotline with its number in display, E.164 and tel: forms, its services, service area, status and source.")
    @APIResponse(responseCode = "200", description = "The hotline")
    public HotlineView get(
            @Parameter(description = "Hotline id", example = "startup-loan-yuzhou") @PathParam("id") String id) {
        return HotlineView.from(ApiException.orNotFound(Hotline.<Hotline>findById(id), "hotline", id));
    }
}
