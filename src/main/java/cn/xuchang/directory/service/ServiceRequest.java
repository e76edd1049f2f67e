package cn.xuchang.directory.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** What an editor sends to create or replace a service; the fields of data/services.yaml. */
@Schema(name = "ServiceRequest")
public record ServiceRequest(
        @Schema(maxLength = Limits.NAME, required = true, examples = "创业担保贷款") String name,
        @Schema(maxItems = Limits.ALIASES, description = "Other names citizens use", examples = "[\"创业贷款\", \"贴息贷款\"]") List<String> aliases,
        @Schema(maxLength = Limits.DESCRIPTION) String description,
        @Schema(maxLength = Limits.ID, description = "Id of the responsible organization", examples = "xuchang-hrss") String organization,
        @Schema(maxLength = Limits.SOURCE, description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
