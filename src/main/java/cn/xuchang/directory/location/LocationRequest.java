package cn.xuchang.directory.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to create or replace a service centre; its windows are records of their own. */
@Schema(name = "LocationRequest")
public record LocationRequest(
        @Schema(required = true, examples = "市民之家") String name,
        @Schema(description = "Street address, only as a source gives it") String address,
        @Schema(description = "Code of the region it is in", required = true, examples = "411000") String region,
        @Schema(description = "Id of the organization that runs it; it decides who may edit it", examples = "xuchang-hrss") String organization,
        @Schema(description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
