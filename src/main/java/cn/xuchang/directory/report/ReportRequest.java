package cn.xuchang.directory.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** What a citizen sends to say a record is wrong. */
@Schema(name = "ReportRequest")
public record ReportRequest(
        @Schema(description = "What kind of record", required = true,
                enumeration = {"hotline", "window", "location", "organization", "service"}, examples = "hotline") String kind,
        @Schema(maxLength = Limits.ID, description = "Its id", required = true, examples = "startup-loan-yuzhou") String id,
        @Schema(description = "What is wrong", required = true,
                enumeration = {"wrong_number", "no_answer", "moved", "other"}, examples = "no_answer") String problem,
        @Schema(description = "In the citizen's words, at most 500 characters", maxLength = 500,
                examples = "工作日上午打了三次都没人接") String text) {
}
