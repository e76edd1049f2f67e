package cn.xuchang.directory.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short reference to a public service, as it appears inside other records. */
@Schema(name = "ServiceRef", requiredProperties = {"id", "name"})
public record ServiceRef(
        @Schema(examples = "startup-guarantee-loan") String id,
        @Schema(examples = "创业担保贷款") String name) {

    public static ServiceRef from(PublicService service) {
        return new ServiceRef(service.id, service.name);
    }
}
