package cn.xuchang.directory.location;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;

/** A service window as the API shows it, with where to find it. */
@Schema(name = "ServiceWindow")
public record ServiceWindowView(
        @Schema(examples = "citizen-centre-b118") String id,
        @Schema(examples = "创业担保贷款窗口") String label,
        @Schema(description = "Where to go, as one line", examples = "市民之家一楼B区118") String place,
        @Schema(examples = "一楼") String floor,
        @Schema(examples = "B区") String zone,
        @Schema(examples = "118") String number,
        @Schema(description = "The service centre the window is in") LocationRef location,
        OrganizationRef organization,
        @Schema(description = "Services handled at this window") List<ServiceRef> services,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") java.time.LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    /** A short reference to a location. */
    @Schema(name = "LocationRef")
    public record LocationRef(
            @Schema(examples = "xuchang-citizen-centre") String id,
            @Schema(examples = "市民之家") String name,
            @Schema(description = "Street address, absent when no source gives it") String address,
            RegionRef region) {

        static LocationRef from(Location l) {
            return new LocationRef(l.id, l.name, l.address, RegionRef.from(l.region));
        }
    }

    public static ServiceWindowView from(ServiceWindow w) {
        return new ServiceWindowView(w.id, w.label, w.place(), w.floor, w.zone, w.number,
                LocationRef.from(w.location), OrganizationRef.from(w.organization),
                w.services.stream().map(ServiceRef::from).sorted(Comparator.comparing(ServiceRef::id)).toList(), w.retired, w.source, w.lastVerified, w.version,
                w.updatedAt);
    }
}
