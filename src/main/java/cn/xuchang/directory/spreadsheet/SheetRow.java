package cn.xuchang.directory.spreadsheet;

import java.util.Map;

/** 数据行 (a row of records): its number as Excel shows it and what each known column's cell holds. */
record SheetRow(int number, Map<SheetColumn, String> cells) {
}
