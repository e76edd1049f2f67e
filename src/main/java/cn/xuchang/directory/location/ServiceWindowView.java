package cn.xuchang.directory.location;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.hours.OpenState;
import cn.xuchang.directory.hours.Schedule;
import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;

/** A service window as the API shows it, with where to find it. */
@Schema(name = "ServiceWindow",
        requiredProperties = {"id", "label", "location", "services", "retired", "source", "version", "updatedAt"})
public record ServiceWindowView(
        @Schema(examples = "citizen-centre-b118") String id,
        @Schema(examples = "创业担保贷款窗口") String label,
        @Schema(description = "Where to go, as one line", examples = "市民之家一楼B区118") String place,
        @Schema(examples = "一楼") String floor,
        @Schema(examples = "B区") String zone,
        @Schema(examples = "118") String number,
        @Schema(description = "Opening hours of the window as a source states them; absent when unknown (then the centre's hours apply)", examples = "工作日 上午8:30-12:00 下午14:30-17:30") String hours,
        @Schema(description = "The parsed form of hours (read-only); absent when hours are unknown") Schedule schedule,
        @Schema(description = "In resolve and lookup answers: open now, today's periods and when it next opens; absent elsewhere and when hours are unknown") OpenState open,
        @Schema(description = "The service centre the window is in") LocationRef location,
        OrganizationRef organization,
        @Schema(description = "Services handled at this window") List<ServiceRef> services,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") java.time.LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    /** A short reference to a location. */
    @Schema(name = "LocationRef", requiredProperties = {"id", "name", "region"})
    public record LocationRef(
            @Schema(examples = "xuchang-citizen-centre") String id,
            @Schema(examples = "市民之家") String name,
            @Schema(description = "Street address, absent when no source gives it") String address,
            RegionRef region,
            @Schema(description = "Opening hours of the centre as a source states them; absent when unknown") String hours,
            @Schema(description = "Latitude of the centre in the stated datum; absent when no source gives it", examples = "34.0357") Double latitude,
            @Schema(description = "Longitude of the centre in the stated datum; absent when no source gives it", examples = "113.8523") Double longitude,
            @Schema(description = "WGS-84 or GCJ-02; absent without coordinates", enumeration = {"WGS-84", "GCJ-02"}) String datum) {

        /** Links that open a phone's map app at the centre; null without coordinates. */
        public cn.xuchang.directory.geo.MapLinks map() {
            return cn.xuchang.directory.geo.MapLinks.of(cn.xuchang.directory.geo.Coordinates.of(latitude, longitude, datum), name);
        }

        public LocationRef(String id, String name, String address, RegionRef region) {
            this(id, name, address, region, null, null, null, null);
        }

        static LocationRef from(Location l) {
            return new LocationRef(l.id, l.name, l.address, RegionRef.from(l.region), l.hours, l.latitude, l.longitude,
                    l.datum);
        }
    }

    /** Without the parsed schedule and the open state: both follow from the hours. */
    public ServiceWindowView(String id, String label, String place, String floor, String zone, String number,
            String hours, LocationRef location, OrganizationRef organization, List<ServiceRef> services,
            boolean retired, String source, java.time.LocalDate lastVerified, long version, java.time.Instant updatedAt) {
        this(id, label, place, floor, zone, number, hours, HoursParser.parseOrNull(hours), null, location,
                organization, services, retired, source, lastVerified, version, updatedAt);
    }

    /** The hours that hold at the window: its own, else its centre's; null when neither is known. */
    public String hoursInForce() {
        return hours != null ? hours : location == null ? null : location.hours();
    }

    /** The window with whether it is open now, for an answer. */
    public ServiceWindowView withOpen(OpenState state) {
        return new ServiceWindowView(id, label, place, floor, zone, number, hours, schedule, state, location,
                organization, services, retired, source, lastVerified, version, updatedAt);
    }

    public static ServiceWindowView from(ServiceWindow w) {
        return new ServiceWindowView(w.id, w.label, w.place(), w.floor, w.zone, w.number, w.hours,
                LocationRef.from(w.location), OrganizationRef.from(w.organization),
                w.services.stream().map(ServiceRef::from).sorted(Comparator.comparing(ServiceRef::id)).toList(), w.retired, w.source, w.lastVerified, w.version,
                w.updatedAt);
    }
}
