package cn.xuchang.directory.hotline;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.record.KindRecord;

/** An entry of data/hotlines.yaml or national-hotlines.yaml; without id and lastVerified, the write API's request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "number", "type", "label", "description", "hours", "organization", "services",
    "nationwide", "regions", "status", "mergedInto", "statusNote", "source", "lastVerified"})
public record HotlineRecord(String id, String number, String type, String label, String description,
        String hours, String organization, List<String> services, Boolean nationwide, List<String> regions,
        String status, String mergedInto, String statusNote, String source, LocalDate lastVerified)
        implements KindRecord {
}
