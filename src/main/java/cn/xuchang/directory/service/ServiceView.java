package cn.xuchang.directory.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.organization.OrganizationRef;

/** A public service as the API shows it. */
@Schema(name = "Service", requiredProperties = {"id", "name", "aliases", "retired", "source", "version", "updatedAt"})
public record ServiceView(
        @Schema(description = "Stable id (slug)", examples = "startup-guarantee-loan") String id,
        @Schema(examples = "创业担保贷款") String name,
        @Schema(description = "Other names citizens use", examples = "[\"创业贷款\", \"贴息贷款\"]") List<String> aliases,
        String description,
        @Schema(description = "The organization responsible for it, if known") OrganizationRef organization,
        @Schema(description = "True when retired: kept for history, hidden from citizens") boolean retired,
        @Schema(description = "Where this record comes from") String source,
        @Schema(description = "When an editor last confirmed the record; absent when never") java.time.LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    public static ServiceView from(PublicService s) {
        return new ServiceView(s.id, s.name, List.copyOf(s.aliases), s.description,
                OrganizationRef.from(s.organization), s.retired, s.source, s.lastVerified, s.version, s.updatedAt);
    }
}
