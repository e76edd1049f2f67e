package cn.xuchang.directory.spreadsheet;

import java.util.List;

import cn.xuchang.directory.common.ApiException;

/** More rows than one upload may hold: 413, raised as soon as the reader gets there, so nothing more is read. */
final class TooManyRows {

    private TooManyRows() {
    }

    static ApiException problem() {
        return new ApiException(413, "/problems/too-many-rows", "Payload Too Large",
                "上传文件超过 " + SpreadsheetLimits.MAX_ROWS + " 行记录，请分成几个文件上传 (more than "
                        + SpreadsheetLimits.MAX_ROWS + " rows of records: split the file)", List.of());
    }
}
