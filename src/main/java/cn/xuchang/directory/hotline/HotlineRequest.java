package cn.xuchang.directory.hotline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/**
 * What an editor sends to create or replace a hotline; the same fields as data/hotlines.yaml. The id,
 * version, verification and audit fields are the server's and are refused here.
 */
@Schema(name = "HotlineRequest")
public record HotlineRequest(
        @Schema(maxLength = Limits.PHONE_NUMBER, description = "The number in any common writing", required = true, examples = "0374-8297716") String number,
        @Schema(maxLength = Limits.WORD, description = "consultation, complaint or general", required = true, examples = "consultation") String type,
        @Schema(maxLength = Limits.NAME, required = true, examples = "创业担保贷款服务电话（禹州市）") String label,
        @Schema(maxLength = Limits.DESCRIPTION, description = "What the hotline is for") String description,
        @Schema(maxLength = Limits.SOURCE, description = "Opening hours, only as a source states them (README: Opening hours)", examples = "工作日 9:00-17:00") String hours,
        @Schema(maxLength = Limits.ID, description = "Organization id", examples = "xuchang-hrss") String organization,
        @Schema(maxItems = Limits.SERVICES, description = "Service ids", examples = "[\"startup-guarantee-loan\"]") List<String> services,
        @Schema(description = "True for a national number; then no regions") Boolean nationwide,
        @Schema(maxItems = Limits.REGIONS, description = "Codes of the regions served", examples = "[\"411081\"]") List<String> regions,
        @Schema(maxLength = Limits.WORD, description = "active or merged (retire with the retire action)", required = true, examples = "active") String status,
        @Schema(maxLength = Limits.ID, description = "For a merged hotline, the id of the one that took it over") String mergedInto,
        @Schema(maxLength = Limits.STATUS_NOTE, description = "Why the status is what it is") String statusNote,
        @Schema(maxLength = Limits.SOURCE, description = "Where the facts come from", required = true,
                examples = "禹州市人社局通知，2026年11月") String source) {
}
