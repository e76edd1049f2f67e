package cn.xuchang.directory.location;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** What an editor sends to create or replace a service window; the fields of a window in data/locations.yaml. */
@Schema(name = "WindowRequest")
public record WindowRequest(
        @Schema(maxLength = Limits.ID, description = "Id of the service centre it is in", required = true, examples = "xuchang-citizen-centre") String location,
        @Schema(maxLength = Limits.NAME, required = true, examples = "创业担保贷款窗口") String label,
        @Schema(maxLength = Limits.WINDOW_PART, examples = "一楼") String floor,
        @Schema(maxLength = Limits.WINDOW_PART, examples = "B区") String zone,
        @Schema(maxLength = Limits.WINDOW_PART, examples = "118") String number,
        @Schema(maxLength = Limits.SOURCE, description = "Opening hours of the window as published (README: Opening hours); leave out when unknown or when the centre's hold", examples = "工作日 9:00-17:00") String hours,
        @Schema(maxLength = Limits.ID, description = "Id of the organization that staffs it", examples = "xuchang-hrss") String organization,
        @Schema(maxItems = Limits.SERVICES, description = "Ids of the services handled there", examples = "[\"startup-guarantee-loan\"]") List<String> services,
        @Schema(maxLength = Limits.SOURCE, description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
