package cn.xuchang.directory.spreadsheet;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** 导入结果 (an applied import): how many records it created, updated and retired, by whom. */
@Schema(name = "ImportResult",
        requiredProperties = {"id", "created", "updated", "retired", "unchanged", "appliedBy", "appliedAt"})
public record ApplyView(
        @Schema(maxLength = 36, examples = "5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17") String id,
        @Schema(examples = "3") int created,
        @Schema(examples = "2") int updated,
        @Schema(examples = "0") int retired,
        @Schema(examples = "295") int unchanged,
        @Schema(maxLength = Limits.SHORT_TEXT, examples = "wang-li") String appliedBy,
        Instant appliedAt) {
}
