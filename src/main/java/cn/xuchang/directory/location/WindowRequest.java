package cn.xuchang.directory.location;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to create or replace a service window; the fields of a window in data/locations.yaml. */
@Schema(name = "WindowRequest")
public record WindowRequest(
        @Schema(description = "Id of the service centre it is in", required = true, examples = "xuchang-citizen-centre") String location,
        @Schema(required = true, examples = "创业担保贷款窗口") String label,
        @Schema(examples = "一楼") String floor,
        @Schema(examples = "B区") String zone,
        @Schema(examples = "118") String number,
        @Schema(description = "Id of the organization that staffs it", examples = "xuchang-hrss") String organization,
        @Schema(description = "Ids of the services handled there", examples = "[\"startup-guarantee-loan\"]") List<String> services,
        @Schema(description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
