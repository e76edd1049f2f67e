package cn.xuchang.directory.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** What an editor sends to create or replace an organization; the fields of data/organizations.yaml. */
@Schema(name = "OrganizationRequest")
public record OrganizationRequest(
        @Schema(maxLength = Limits.NAME, required = true, examples = "禹州市人力资源和社会保障局") String name,
        @Schema(maxLength = Limits.SHORT_TEXT, examples = "禹州市人社局") String shortName,
        @Schema(maxLength = Limits.ID, description = "Id of the organization above; only an admin may change it", examples = "xuchang-hrss") String parent,
        @Schema(maxLength = Limits.REGION_CODE, description = "Code of the region it is responsible for", examples = "411081") String region,
        @Schema(maxLength = Limits.DESCRIPTION) String description,
        @Schema(maxLength = Limits.SOURCE, description = "Where the facts come from", required = true, examples = "禹州市人民政府网站机构栏目") String source) {
}
