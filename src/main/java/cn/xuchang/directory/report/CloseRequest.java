package cn.xuchang.directory.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to close a report. */
@Schema(name = "CloseReportRequest")
public record CloseRequest(
        @Schema(description = "What was done, at most 500 characters", maxLength = 500,
                examples = "已核实号码无误，接线时间为工作日8:30-12:00") String resolution) {
}
