package cn.xuchang.directory.spreadsheet;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/**
 * 导入预览 (an import preview): what applying the uploaded sheet would do, row by row — errors first — with the
 * counts, the notices about the file, and the records the sheet leaves out (retired only when apply asks).
 */
@Schema(name = "ImportPreview", requiredProperties = {"id", "status", "format", "counts"})
public record PreviewView(
        @Schema(maxLength = 36, description = "The preview's id: apply with POST /api/v1/imports/{id}/apply", examples = "5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17") String id,
        @Schema(maxLength = 10, description = "ready (can be applied), has-errors (fix the file and upload again) or applied", examples = "has-errors") String status,
        @Schema(maxLength = 4, description = "xlsx or csv", examples = "xlsx") String format,
        @Schema(maxLength = 20, description = "For CSV, the encoding the file was found to be in: UTF-8, UTF-8 (with BOM) or GB18030 (GBK)") String encoding,
        @Schema(maxLength = Limits.SHORT_TEXT, examples = "wang-li") String uploadedBy,
        Instant createdAt,
        @Schema(description = "After this the preview is gone; upload again") Instant expiresAt,
        Counts counts,
        @Schema(maxItems = SpreadsheetLimits.MAX_NOTICES, description = "What to know about the file, those that block "
                + "applying first (at most " + SpreadsheetLimits.MAX_NOTICES + ")") List<Notice> notices,
        @Schema(maxItems = SpreadsheetLimits.MAX_ROWS, description = "Every row of records, errors first, then in sheet and row order") List<RowView> rows,
        @Schema(description = "Records in the uploader's reach, of the kinds the file holds, that the file leaves out; "
                + "apply retires them only with retireMissing=true", maxItems = SpreadsheetLimits.MAX_MISSING)
        List<MissingView> missing) {

    @Schema(name = "ImportCounts", requiredProperties = {"create", "update", "unchanged", "error", "missing"})
    public record Counts(int create, int update, int unchanged, int error, int missing) {
    }

    /** One row of the file and what it would do. */
    @Schema(name = "ImportRow", requiredProperties = {"sheet", "row", "kind", "action"})
    public record RowView(
            @Schema(maxLength = SpreadsheetLimits.SHEET_NAME, examples = "热线") String sheet,
            @Schema(description = "Row number as Excel shows it", examples = "12") int row,
            @Schema(examples = "hotline") String kind,
            @Schema(description = "The record's id; for a new record, the id it will get", examples = "startup-loan-yuzhou") String id,
            @Schema(maxLength = 10, description = "create, update, unchanged or error", examples = "update") String action,
            @Schema(description = "For update (and create), each field that changes",
                    maxItems = SpreadsheetLimits.MAX_COLUMNS) List<FieldChange> changes,
            @Schema(maxItems = 4 * SpreadsheetLimits.MAX_COLUMNS) List<CellError> errors) {
    }

    /** A field that changes, in the cell's writing. */
    @Schema(name = "ImportFieldChange", requiredProperties = {"field", "column"})
    public record FieldChange(
            @Schema(examples = "number") String field,
            @Schema(maxLength = SpreadsheetLimits.COLUMN_NAME, examples = "B 号码") String column,
            @Schema(maxLength = SpreadsheetLimits.CELL_TEXT, examples = "0374-8297716") String before,
            @Schema(maxLength = SpreadsheetLimits.CELL_TEXT, examples = "0374-8297717") String after) {
    }

    /** What is wrong with one cell (or row), in Chinese, with a code for programs and the API's own words. */
    @Schema(name = "ImportCellError", requiredProperties = {"sheet", "row", "code", "message"})
    public record CellError(
            @Schema(maxLength = SpreadsheetLimits.SHEET_NAME, examples = "热线") String sheet,
            @Schema(examples = "12") int row,
            @Schema(maxLength = SpreadsheetLimits.COLUMN_NAME, description = "Column letter and header; absent for the row as a whole", examples = "B 号码") String column,
            @Schema(examples = "number") String field,
            @Schema(description = "REQUIRED, TOO_LONG, TOO_MANY, UNKNOWN_REFERENCE, UNKNOWN_REGION, INVALID_NUMBER, "
                    + "NOT_IN_LIST, INVALID_URL, INVALID_HOURS, NOT_YES_NO, INVALID_ID, DUPLICATE_ID, OUTSIDE_ORGANIZATION, "
                    + "INVALID",
                    maxLength = Limits.WORD, examples = "INVALID_NUMBER") String code,
            @Schema(maxLength = Limits.DETAIL, examples = "不是有效的电话号码：「0374-82977」") String message,
            @Schema(maxLength = Limits.DETAIL, description = "The API's own message", examples = "'0374-82977' is not a valid Chinese phone or short number") String detail) {
    }

    /** A record the file leaves out. */
    @Schema(name = "ImportMissingRecord", requiredProperties = {"kind", "id"})
    public record MissingView(
            @Schema(examples = "hotline") String kind,
            @Schema(examples = "startup-loan-yuzhou") String id,
            @Schema(examples = "创业担保贷款服务电话（禹州市）") String name) {
    }
}
