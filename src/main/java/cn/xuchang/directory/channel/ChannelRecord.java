package cn.xuchang.directory.channel;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.record.KindRecord;

/** An entry of data/channels.yaml; with the id, retired and lastVerified left out, the write API's request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "type", "name", "handle", "url", "description", "organization", "services", "regions",
    "retired", "source", "lastVerified"})
public record ChannelRecord(String id, String type, String name, String handle, String url, String description,
        String organization, List<String> services, List<String> regions, Boolean retired, String source,
        LocalDate lastVerified) implements KindRecord {
}
