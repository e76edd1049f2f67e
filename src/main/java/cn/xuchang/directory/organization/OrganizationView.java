package cn.xuchang.directory.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.region.RegionRef;

/** An organization as the API shows it. */
@Schema(name = "Organization", requiredProperties = {"id", "name", "retired", "source", "version", "updatedAt"})
public record OrganizationView(
        @Schema(description = "Stable id (slug)", examples = "xuchang-hrss") String id,
        @Schema(examples = "许昌市人力资源和社会保障局") String name,
        @Schema(examples = "市人社局") String shortName,
        @Schema(description = "The organization above this one, if known") OrganizationRef parent,
        @Schema(description = "管辖区域: the region it is responsible for") RegionRef region,
        String description,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") java.time.LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    public static OrganizationView from(Organization o) {
        return new OrganizationView(o.id, o.name, o.shortName, OrganizationRef.from(o.parent),
                RegionRef.from(o.region), o.description, o.retired, o.source, o.lastVerified, o.version,
                o.updatedAt);
    }
}
