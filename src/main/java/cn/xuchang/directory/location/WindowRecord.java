package cn.xuchang.directory.location;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.record.KindRecord;

/**
 * A window: in data/locations.yaml nested in its location (which then gives {@code location}); without
 * id, retired and lastVerified, the write API's request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "location", "label", "floor", "zone", "number", "hours", "organization", "services", "retired",
    "source", "lastVerified"})
public record WindowRecord(String id, String location, String label, String floor, String zone, String number, String hours,
        String organization, List<String> services, Boolean retired, String source, LocalDate lastVerified)
        implements KindRecord {

    /** The window as its location's entry nests it: without the location. */
    WindowRecord nested() {
        return new WindowRecord(id, null, label, floor, zone, number, hours, organization, services, retired, source,
                lastVerified);
    }

    WindowRecord in(String locationId) {
        return new WindowRecord(id, locationId, label, floor, zone, number, hours, organization, services, retired, source,
                lastVerified);
    }
}
