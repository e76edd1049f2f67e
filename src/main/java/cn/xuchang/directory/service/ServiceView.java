package cn.xuchang.directory.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.organization.OrganizationRef;

/** A public service as the API shows it. */
@Schema(name = "Service")
public record ServiceView(
        @Schema(description = "Stable id (slug)", examples = "startup-guarantee-loan") String id,
        @Schema(examples = "创业担保贷款") String name,
        @Schema(description = "Other names citizens use", examples = "[\"创业贷款\", \"贴息贷款\"]") List<String> aliases,
        String description,
        @Schema(description = "The organization responsible for it, if known") OrganizationRef organization,
        @Schema(description = "Where this record comes from") String source) {

    public static ServiceView from(PublicService s) {
        return new ServiceView(s.id, s.name, List.copyOf(s.aliases), s.description,
                OrganizationRef.from(s.organization), s.source);
    }
}
