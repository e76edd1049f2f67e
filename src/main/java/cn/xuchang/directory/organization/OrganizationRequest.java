package cn.xuchang.directory.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to create or replace an organization; the fields of data/organizations.yaml. */
@Schema(name = "OrganizationRequest")
public record OrganizationRequest(
        @Schema(required = true, examples = "禹州市人力资源和社会保障局") String name,
        @Schema(examples = "禹州市人社局") String shortName,
        @Schema(description = "Id of the organization above; only an admin may change it", examples = "xuchang-hrss") String parent,
        @Schema(description = "Code of the region it is responsible for", examples = "411081") String region,
        String description,
        @Schema(description = "Where the facts come from", required = true, examples = "禹州市人民政府网站机构栏目") String source) {
}
