package cn.xuchang.directory.spreadsheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/**
 * 提示 (a notice about the file rather than one record): an extra column, a hidden or unknown sheet, external
 * links; {@code blocking} ones (merged cells) must be fixed before the preview can be applied.
 */
@Schema(name = "ImportNotice", requiredProperties = {"code", "message", "blocking"})
public record Notice(
        @Schema(maxLength = SpreadsheetLimits.SHEET_NAME, examples = "热线") String sheet,
        @Schema(description = "Row number as Excel shows it, when the notice is about one row", examples = "1") Integer row,
        @Schema(maxLength = SpreadsheetLimits.COLUMN_NAME, description = "Column letter and header", examples = "F 备注") String column,
        @Schema(maxLength = Limits.WORD, examples = "EXTRA_COLUMN") String code,
        @Schema(maxLength = Limits.DETAIL, examples = "多余的列「备注」不属于模板，已忽略") String message,
        @Schema(description = "True when it must be fixed before applying") boolean blocking) {
}
