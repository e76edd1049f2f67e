package cn.xuchang.directory.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * 读取的工作表 (a sheet as read): rows arrive one at a time from either reader (.xlsx or CSV); the first non-blank
 * row is the header, matched to the kind's columns by name; the description row after it and blank rows are skipped.
 */
final class ParsedSheet {

    final String title;
    final KindSheet layout;
    final Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
    final List<SheetRow> rows = new ArrayList<>();
    /** Each column's name once: a preview of 50,000 rows names them half a million times. */
    private final Map<SheetColumn, String> columnNames = new java.util.HashMap<>();
    private final Upload upload;
    private boolean headerSeen;
    private boolean descriptionChecked;

    ParsedSheet(Upload upload, String title, KindSheet layout) {
        this.upload = upload;
        this.title = title;
        this.layout = layout;
    }

    boolean hasHeader() {
        return headerSeen;
    }

    /** The column's letter and header, as a person finds it in Excel: "C 类型". */
    String columnName(SheetColumn column) {
        return columnNames.computeIfAbsent(column, c -> {
            for (Map.Entry<Integer, SheetColumn> e : columns.entrySet()) {
                if (e.getValue().equals(c)) {
                    return CellReference.convertNumToColString(e.getKey()) + " " + c.header();
                }
            }
            return c.header();
        });
    }

    /** Whether the sheet has this column (a field it leaves out keeps each record's value). */
    boolean has(SheetColumn column) {
        return columns.containsValue(column);
    }

    void row(int number, Map<Integer, String> cells) {
        if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
            return;
        }
        if (!headerSeen) {
            header(number, cells);
            return;
        }
        if (!descriptionChecked) {
            descriptionChecked = true;
            if (isDescription(cells)) {
                return;
            }
        }
        if (++upload.rows > SpreadsheetLimits.MAX_ROWS) {
            throw TooManyRows.problem();
        }
        Map<SheetColumn, String> byColumn = new LinkedHashMap<>();
        columns.forEach((index, column) -> {
            String value = cells.get(index);
            if (value != null && !value.isBlank()) {
                byColumn.put(column, value);
            }
        });
        if (!byColumn.isEmpty()) {
            rows.add(new SheetRow(number, byColumn));
        }
    }

    private void header(int number, Map<Integer, String> cells) {
        headerSeen = true;
        cells.forEach((index, header) -> {
            String text = header;
            if (text == null || text.isBlank()) {
                return;
            }
            String letter = CellReference.convertNumToColString(index);
            text = text.length() > 100 ? text.substring(0, 99) + "…" : text;
            var column = layout.column(text);
            if (column.isEmpty()) {
                upload.notices.add(new Notice(title, number, letter + " " + text.strip(), "EXTRA_COLUMN",
                        "多余的列「" + text.strip() + "」不属于模板，已忽略", false));
            } else if (columns.containsValue(column.get())) {
                upload.notices.add(new Notice(title, number, letter + " " + text.strip(), "DUPLICATE_COLUMN",
                        "列「" + text.strip() + "」重复，只读取第一列", false));
            } else {
                columns.put(index, column.get());
            }
        });
        for (SheetColumn column : layout.columns()) {
            if (!columns.containsValue(column)) {
                upload.notices.add(new Notice(title, number, column.header(), "MISSING_COLUMN",
                        "缺少列「" + column.header() + "」：" + (column.field().equals("id") ? "每行都将新建记录"
                                : "已有记录保留原值，新记录此项为空"), false));
            }
        }
    }

    /**
     * The template's description row: each of its cells holds its column's rule; or, in a template of an earlier
     * version whose rules read otherwise, its 编号 cell holds the 编号 rule (which no record's id can be).
     */
    private boolean isDescription(Map<Integer, String> cells) {
        for (Map.Entry<Integer, SheetColumn> e : columns.entrySet()) {
            String cell = cells.get(e.getKey());
            if (e.getValue().field().equals("id") && cell != null && cell.strip().equals(e.getValue().note())) {
                return true;
            }
        }
        int matched = 0;
        for (Map.Entry<Integer, String> e : cells.entrySet()) {
            SheetColumn column = columns.get(e.getKey());
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            if (column == null || !column.note().equals(e.getValue().strip())) {
                return false;
            }
            matched++;
        }
        return matched > 0;
    }

    void merged(String range) {
        upload.notices.add(new Notice(title, new CellReference(range.split(":")[0]).getRow() + 1, range,
                "MERGED_CELLS", "合并单元格 " + range + " 只有左上角的格有值：请取消合并并在每行填写", true));
    }
}
