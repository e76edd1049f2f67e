package cn.xuchang.directory.location;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.geo.MapLinks;
import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.hours.OpenState;
import cn.xuchang.directory.hours.Schedule;
import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.region.RegionRef;

/** A service centre with its windows. */
@Schema(name = "Location",
        requiredProperties = {"id", "name", "region", "windows", "retired", "source", "version", "updatedAt"})
public record LocationView(
        @Schema(examples = "xuchang-citizen-centre") String id,
        @Schema(examples = "市民之家") String name,
        @Schema(description = "Street address, absent when no source gives it") String address,
        @Schema(description = "Latitude in degrees, north positive, in the stated datum; absent when no source gives it", examples = "34.0357") Double latitude,
        @Schema(description = "Longitude in degrees, east positive, in the stated datum; absent when no source gives it", examples = "113.8523") Double longitude,
        @Schema(description = "The datum of latitude and longitude: WGS-84 (GPS) or GCJ-02 (Chinese map apps); absent without coordinates", enumeration = {"WGS-84", "GCJ-02"}, examples = "GCJ-02") String datum,
        @Schema(description = "Links that open a phone's map app at the centre; absent without coordinates") MapLinks map,
        @Schema(description = "In answers to near: metres from the point asked about (great circle, both points on WGS-84); absent elsewhere", examples = "1250") Integer distance,
        @Schema(description = "Opening hours as a source states them; absent when unknown", examples = "工作日 上午8:30-12:00 下午14:30-17:30") String hours,
        @Schema(description = "The parsed form of hours (read-only); absent when hours are unknown") Schedule schedule,
        @Schema(description = "In answers to near: open now, today's periods and when it next opens; absent elsewhere and when hours are unknown") OpenState open,
        RegionRef region,
        @Schema(description = "The organization that runs the centre, when a source says so") OrganizationRef organization,
        @Schema(description = "The windows in this centre, by id") List<ServiceWindowView> windows,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") java.time.LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    public static LocationView from(Location l) {
        return new LocationView(l.id, l.name, l.address, l.latitude, l.longitude, l.datum,
                MapLinks.of(l.coordinates(), l.name), null, l.hours,
                HoursParser.parseOrNull(l.hours), null, RegionRef.from(l.region), OrganizationRef.from(l.organization),
                l.windows.stream().map(ServiceWindowView::from).toList(), l.retired, l.source, l.lastVerified,
                l.version, l.updatedAt);
    }

    /** The centre's coordinates with their datum; null when no source gives them. */
    public cn.xuchang.directory.geo.Coordinates coordinates() {
        return cn.xuchang.directory.geo.Coordinates.of(latitude, longitude, datum);
    }

    /** The centre as a near answer shows it: with the distance and whether it is open. */
    public LocationView near(int metres, OpenState state) {
        return with(windows, metres, state);
    }

    /** The centre with these windows (those in service, for near answers). */
    public LocationView withWindows(List<ServiceWindowView> inService) {
        return with(inService, distance, open);
    }

    private LocationView with(List<ServiceWindowView> inService, Integer metres, OpenState state) {
        return new LocationView(id, name, address, latitude, longitude, datum, map, metres, hours, schedule, state, region,
                organization, inService, retired, source, lastVerified, version, updatedAt);
    }
}
