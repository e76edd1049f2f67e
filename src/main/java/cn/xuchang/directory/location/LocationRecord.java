package cn.xuchang.directory.location;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.record.KindRecord;

/**
 * An entry of data/locations.yaml, with its windows nested as the file writes them (they are records of
 * their own: {@link WindowKind}); without id, retired, lastVerified and windows, the write API's request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "address", "latitude", "longitude", "datum", "hours", "region", "organization", "retired", "source", "lastVerified", "windows"})
public record LocationRecord(String id, String name, String address, Double latitude, Double longitude,
        String datum, String hours, String region, String organization,
        Boolean retired, String source, LocalDate lastVerified, List<WindowRecord> windows) implements KindRecord {
}
