package cn.xuchang.directory.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;

/** An online channel as the API shows it. */
@Schema(name = "Channel",
        requiredProperties = {"id", "type", "name", "services", "regions", "retired", "source", "version", "updatedAt"})
public record ChannelView(
        @Schema(description = "Stable id (slug)", examples = "xuchang-mayor-mailbox") String id,
        @Schema(examples = "mailbox") ChannelType type,
        @Schema(examples = "书记市长信箱") String name,
        @Schema(description = "The account's name or number; absent when no source gives it", examples = "许昌市委办") String handle,
        @Schema(description = "Its address; absent when no source gives it") String url,
        @Schema(description = "What citizens use it for") String description,
        @Schema(description = "The organization that answers it") OrganizationRef organization,
        @Schema(description = "Services it takes requests for") List<ServiceRef> services,
        @Schema(description = "The regions whose citizens it serves") List<RegionRef> regions,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") Instant updatedAt) implements Versioned, HasId {

    public static ChannelView from(OnlineChannel c) {
        return new ChannelView(c.id, c.type, c.name, c.handle, c.url, c.description,
                OrganizationRef.from(c.organization),
                c.services.stream().map(ServiceRef::from).sorted(Comparator.comparing(ServiceRef::id)).toList(),
                c.regions.stream().map(RegionRef::from).sorted(Comparator.comparing(RegionRef::code)).toList(),
                c.retired, c.source, c.lastVerified, c.version, c.updatedAt);
    }
}
