package cn.xuchang.directory.location;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.geo.Datum;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** HTTP API for locations (服务场所) with their windows. */
@Path("/api/v1/locations")
@Tag(name = "Locations and windows")
@RecordReads(summary = "Get one service centre with its windows",
        description = "The centre, its address and coordinates as far as a source gives them, and every window inside it.",
        example = "xuchang-citizen-centre")
@RecordWrites(kind = LocationKind.NAME, term = "服务场所")
public class LocationResource extends RecordResource<LocationRequest, LocationView> {

    /** How far near looks by default, and at most, in metres. */
    static final int DEFAULT_RADIUS = 5_000;
    static final int MAX_RADIUS = 50_000;

    /** A comma, ASCII or full-width, with any spaces around it (compiled once: String.split would on every call). */
    private static final Pattern BETWEEN_LATITUDE_AND_LONGITUDE = Pattern.compile("\\s*[,，]\\s*");

    @Inject
    Instance<NearbyLocations> nearby;

    @GET
    @Operation(operationId = "listLocations", summary = "List service centres with their windows, or the nearest ones",
            description = "Locations ordered by id. With `near`: only centres in service with coordinates within `radius` "
                    + "metres of that point, nearest first, each with its `distance` in metres and, where its hours are "
                    + "known, whether it is `open` now; the point is WGS-84 (what a phone's GPS and the browser give) "
                    + "unless `datum=gcj02`, and centres given in GCJ-02 are compared on WGS-84, so the two are never mixed.")
    public Uni<PageView<LocationView>> list(
            @Parameter(description = "Only locations in this region; not together with near", example = "411000")
            @QueryParam("region") String region,
            @Parameter(description = "latitude,longitude in degrees (north and east positive): the centres nearest to it",
                    example = "34.0357,113.8523")
            @QueryParam("near") String near,
            @Parameter(description = "With near: how far to look, in metres, 1 to " + MAX_RADIUS, example = "5000",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + MAX_RADIUS, defaultValue = "" + DEFAULT_RADIUS))
            @QueryParam("radius") String radius,
            @Parameter(description = "With near: the datum of the point, wgs84 (GPS, the default) or gcj02 (a Chinese map app)",
                    example = "wgs84", schema = @Schema(type = SchemaType.STRING, enumeration = {"wgs84", "gcj02"},
                            defaultValue = "wgs84"))
            @QueryParam("datum") String datum,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        if (near == null) {
            // The list reads the database: on a worker thread. Near reads the directory in memory: right here.
            refuseWithoutNear(radius, datum);
            return Uni.createFrom().item(() -> page(freshness.appendTo(new ListFilter())
                    .equal("region", region, region()), paging)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        List<String> others = new ArrayList<>(freshness.given());
        if (region != null) {
            others.add(0, "region");
        }
        if (!others.isEmpty()) {
            throw new ApiException(400, "/problems/invalid-input", "Invalid input",
                    "near lists the closest centres in service by distance; " + String.join(", ", others)
                            + " filter the list by id instead: give one or the other",
                    others.stream().map(name -> new Problem.FieldError(name, "not together with near")).toList());
        }
        Coordinates point = point(near, datum);
        int metres = Params.intInRange("radius", radius, DEFAULT_RADIUS, 1, MAX_RADIUS);
        return Uni.createFrom().item(nearby.get().near(point, metres, paging));
    }

    private static void refuseWithoutNear(String radius, String datum) {
        if (radius != null) {
            throw ApiException.invalid("radius", "only with near");
        }
        if (datum != null) {
            throw ApiException.invalid("datum", "only with near");
        }
    }

    /** The point of near, in its datum; 400 naming near or datum when it is not one. */
    static Coordinates point(String near, String datum) {
        Datum d = datum == null ? Datum.WGS84 : Datum.parse(datum)
                .orElseThrow(() -> ApiException.invalid("datum", "must be wgs84 or gcj02, not '" + datum + "'"));
        String[] parts = BETWEEN_LATITUDE_AND_LONGITUDE.split(near.strip());
        double latitude;
        double longitude;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            latitude = Double.parseDouble(parts[0]);
            longitude = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw ApiException.invalid("near", "must be latitude,longitude in degrees, e.g. 34.0357,113.8523, not '"
                    + near + "'");
        }
        var wrong = Coordinates.problems(latitude, longitude, d.text());
        if (wrong.containsKey("latitude") || wrong.containsKey("longitude")) {
            throw ApiException.invalid("near", String.join("; ", wrong.values()));
        }
        if (wrong.containsKey("datum")) {
            throw ApiException.invalid("datum", wrong.get("datum"));
        }
        return new Coordinates(latitude, longitude, d);
    }
}
