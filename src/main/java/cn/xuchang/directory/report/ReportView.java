package cn.xuchang.directory.report;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen report as editors see it. */
@Schema(name = "Report", requiredProperties = {"id", "kind", "recordId", "problem", "status", "createdAt"})
public record ReportView(
        @Schema(examples = "4f1c2a9e-5b0d-4c1e-9a8f-2b6d3e7f1a20") String id,
        @Schema(examples = "hotline") String kind,
        @Schema(examples = "startup-loan-yuzhou") String recordId,
        @Schema(description = "Organization responsible for the record", examples = "xuchang-hrss") String organization,
        @Schema(examples = "no_answer") String problem,
        @Schema(examples = "工作日上午打了三次都没人接") String text,
        @Schema(enumeration = {"open", "closed"}, examples = "open") String status,
        Instant createdAt,
        Instant closedAt,
        @Schema(description = "Who closed it") String closedBy,
        @Schema(description = "What was done", examples = "已核实号码无误，接线时间为工作日8:30-12:00") String resolution) {

    static ReportView from(CitizenReport r) {
        return new ReportView(r.id, r.recordKind, r.recordId, r.organizationId, r.problem, r.text, r.status,
                r.createdAt, r.closedAt, r.closedBy, r.resolution);
    }
}
