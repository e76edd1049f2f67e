package cn.xuchang.directory.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short reference to an organization, as it appears inside other records. */
@Schema(name = "OrganizationRef", requiredProperties = {"id", "name"})
public record OrganizationRef(
        @Schema(examples = "xuchang-hrss") String id,
        @Schema(examples = "许昌市人力资源和社会保障局") String name,
        @Schema(examples = "市人社局") String shortName) {

    public static OrganizationRef from(Organization organization) {
        return organization == null ? null
                : new OrganizationRef(organization.id, organization.name, organization.shortName);
    }
}
