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

/** HTTP API for locations (服务场所) with their windows. */
@Path("/api/v1/locations")
@Tag(name = "Locations and windows")
@RecordReads(summary = "Get one service centre with its windows",
        description = "The centre, its address as far as a source gives it, and every window inside it.",
        example = "xuchang-citizen-centre")
@RecordWrites(kind = LocationKind.NAME, term = "服务场所")
public class LocationResource extends RecordResource<LocationRequest, LocationView> {

    @GET
    @Operation(operationId = "listLocations", summary = "List service centres with their windows", description = "Locations ordered by id.")
    public PageView<LocationView> list(
            @Parameter(description = "Only locations in this region", example = "411000")
            @QueryParam("region") String region,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        return page(freshness.appendTo(new ListFilter())
                .equal("region", region, region()), paging);
    }
}
