package cn.xuchang.directory.region;

import java.util.ArrayList;
import java.util.List;

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

import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import io.quarkus.panache.common.Sort;

/** HTTP API for regions: the divisions of Xuchang and the province above them. */
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
public class RegionResource {

    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Regions ordered by code, optionally only the children of one region or one level.")
    @APIResponse(responseCode = "200", description = "One page of regions")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<RegionView> list(
            @Parameter(description = "Only the regions directly below this one", example = "411081")
            @QueryParam("parent") String parent,
            @Parameter(description = "Only regions of this level", example = "township",
                    schema = @Schema(implementation = RegionLevel.class))
            @QueryParam("level") String level,
            @BeanParam Paging paging) {
        ListFilter filter = new ListFilter()
                .equal("parent", parent, code -> regions.require(code, "parent"))
                .equal("level", level, raw -> Params.parseEnum(RegionLevel.class, "level", raw));
        return PageView.of(Region.find(filter.query(), Sort.by("code"), filter.params()), paging, RegionView::from);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Get one region with its ancestors and children",
            description = "Accepts 6-, 9- and 12-digit codes; 12-digit NBS codes are normalized (411081204000 is 411081204).")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RegionDetailView get(
            @Parameter(description = "Region code", example = "411081204") @PathParam("code") String code) {
        Region region = regions.require(code, "code");
        List<RegionRef> ancestors = new ArrayList<>();
        for (Region r = region.parent; r != null; r = r.parent) {
            ancestors.add(0, RegionRef.from(r));
        }
        List<RegionRef> children = regions.children(region).stream().map(RegionRef::from).toList();
        return new RegionDetailView(RegionView.from(region), ancestors, children);
    }
}
