package cn.xuchang.directory.location;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.hours.HoursParser;
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
        @Schema(description = "Opening hours as a source states them; absent when unknown", examples = "工作日 上午8:30-12:00 下午14:30-17:30") String hours,
        @Schema(description = "The parsed form of hours (read-only); absent when hours are unknown") Schedule schedule,
        RegionRef region,
        @Schema(description = "The organization that runs the centre, when a source says so") OrganizationRef organization,
        @Schema(description = "The windows in this centre, by id") List<ServiceWindowView> windows,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") java.time.LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    public static LocationView from(Location l) {
        return new LocationView(l.id, l.name, l.address, l.hours, HoursParser.parseOrNull(l.hours), RegionRef.from(l.region), OrganizationRef.from(l.organization),
                l.windows.stream().map(ServiceWindowView::from).toList(), l.retired, l.source, l.lastVerified,
                l.version, l.updatedAt);
    }
}
