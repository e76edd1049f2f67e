package cn.xuchang.directory.importer;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * 数据记录 (data records): the shapes of the human-edited files in data/, one record type per file.
 * Field names here are the keys editors write; the loader rejects any other key.
 */
public final class DirectoryRecords {

    private DirectoryRecords() {
    }

    /** A row of regions.csv: a division as the statistics bureau lists it. */
    @JsonPropertyOrder({"code", "name", "level", "parent_code", "source"})
    public record RegionRow(String code, String name, String level,
            @JsonProperty("parent_code") String parentCode, String source) {
    }

    /** An entry of region-names.yaml: aliases and pinyin the loader cannot derive. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"code", "aliases", "pinyin", "source"})
    public record RegionNames(String code, List<String> aliases, String pinyin, String source) {
    }

    /** An entry of organizations.yaml. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "shortName", "parent", "region", "description", "retired", "source",
        "lastVerified"})
    public record OrganizationRecord(String id, String name, String shortName, String parent, String region,
            String description, Boolean retired, String source, LocalDate lastVerified) {
    }

    /** An entry of services.yaml. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "aliases", "description", "organization", "retired", "source", "lastVerified"})
    public record ServiceRecord(String id, String name, List<String> aliases, String description,
            String organization, Boolean retired, String source, LocalDate lastVerified) {
    }

    /** An entry of locations.yaml, with its windows. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "name", "address", "region", "organization", "retired", "source", "lastVerified",
        "windows"})
    public record LocationRecord(String id, String name, String address, String region, String organization,
            Boolean retired, String source, LocalDate lastVerified, List<WindowRecord> windows) {
    }

    /** A window inside a location of locations.yaml. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "label", "floor", "zone", "number", "organization", "services", "retired", "source",
        "lastVerified"})
    public record WindowRecord(String id, String label, String floor, String zone, String number,
            String organization, List<String> services, Boolean retired, String source, LocalDate lastVerified) {
    }

    /** An entry of hotlines.yaml or national-hotlines.yaml. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "number", "type", "label", "description", "hours", "organization", "services",
        "nationwide", "regions", "status", "mergedInto", "statusNote", "source", "lastVerified"})
    public record HotlineRecord(String id, String number, String type, String label, String description,
            String hours, String organization, List<String> services, Boolean nationwide, List<String> regions,
            String status, String mergedInto, String statusNote, String source, LocalDate lastVerified) {
    }
}
