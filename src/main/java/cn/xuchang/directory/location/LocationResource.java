package cn.xuchang.directory.location;

import jakarta.inject.Inject;
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
import cn.xuchang.directory.region.RegionService;
import io.quarkus.panache.common.Sort;

/** HTTP API for locations (服务场所) with their windows. */
@Path("/api/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations and windows")
@RecordWrites(kind = LocationKind.NAME, term = "服务场所")
public class LocationResource extends RecordWriteResource<LocationRequest> {

    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listLocations", summary = "List service centres with their windows", description = "Locations ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of locations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<LocationView> list(
            @Parameter(description = "Only locations in this region", example = "411000")
            @QueryParam("region") String region,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        ListFilter filter = freshness.appendTo(new ListFilter())
                .equal("region", region, code -> regions.require(code, "region"));
        return PageView.of(Location.find(filter.query(), Sort.by("id"), filter.params()), paging, LocationView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLocation", summary = "Get one service centre with its windows",
            description = "The centre, its address as far as a source gives it, and every window inside it.")
    @APIResponse(responseCode = "200", description = "The location")
    public LocationView get(
            @Parameter(description = "Location id", example = "xuchang-citizen-centre") @PathParam("id") String id) {
        return LocationView.from(ApiException.orNotFound(Location.<Location>findById(id), "location", id));
    }
}
