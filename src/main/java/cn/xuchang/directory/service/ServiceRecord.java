package cn.xuchang.directory.service;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.record.KindRecord;

/** An entry of data/services.yaml; with the id, retired and lastVerified left out, the write API's request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "aliases", "description", "organization", "retired", "source", "lastVerified"})
public record ServiceRecord(String id, String name, List<String> aliases, String description, String organization,
        Boolean retired, String source, LocalDate lastVerified) implements KindRecord {
}
