package cn.xuchang.directory.organization;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.record.KindRecord;

/** An entry of data/organizations.yaml; with the id, retired and lastVerified left out, the write API's request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "shortName", "parent", "region", "description", "retired", "source", "lastVerified"})
public record OrganizationRecord(String id, String name, String shortName, String parent, String region,
        String description, Boolean retired, String source, LocalDate lastVerified) implements KindRecord {
}
