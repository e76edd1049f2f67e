package cn.xuchang.directory.spreadsheet;

/** 上传限制 (upload limits): what one uploaded sheet may hold, so that a preview stays within bounded memory. */
final class SpreadsheetLimits {

    /** Rows of records in one upload, all sheets together; beyond, 413. */
    static final int MAX_ROWS = 50_000;
    /** Columns read per row; cells further right are ignored (a row may not claim 16,384 columns). */
    static final int MAX_COLUMNS = 64;
    /** Notices a preview lists at most, those that block applying first. */
    static final int MAX_NOTICES = 1000;
    /** A preview's missing records: at most every record of the directory. */
    static final int MAX_MISSING = 5_000_000;
    /** The largest part of an .xlsx once unzipped (a 50,000-row sheet is some 30 MB). */
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** How much smaller than its content a zipped part may be; more compressed is a zip bomb (POI's default). */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** Excel's longest sheet name is 31 characters; a CSV file is named by its kind's sheet. */
    static final int SHEET_NAME = 31;
    /** A column as a preview names it: its letter and its header ("AB 所属机构"), or an unknown header as written. */
    static final int COLUMN_NAME = 300;
    /** Excel's longest cell text. */
    static final int CELL_TEXT = 32_767;

    private SpreadsheetLimits() {
    }
}
