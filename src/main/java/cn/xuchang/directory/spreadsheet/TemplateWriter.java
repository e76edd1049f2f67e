package cn.xuchang.directory.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xuchang.directory.spreadsheet.SheetColumn.Choices;

/**
 * 导入模板 (the import template, and the export in its layout): one sheet per kind with Chinese headers, a row
 * saying each column's rule, the records given, and dropdowns fed from a hidden list sheet of the workbook's own.
 * Written as a stream (SXSSF), so a large export holds a window of rows in memory, not the whole sheet.
 */
final class TemplateWriter {

    /** Rows a dropdown covers: as many as an upload may have. */
    static final int VALIDATED_ROWS = SpreadsheetLimits.MAX_ROWS;
    /** The first row of records, 0-based: after the header and the description. */
    static final int FIRST_RECORD_ROW = 2;

    private TemplateWriter() {
    }

    static byte[] write(Map<KindSheet, List<ObjectNode>> records, Lookups names) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = headerStyle(workbook);
            CellStyle note = noteStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (KindSheet kind : SheetLayout.SHEETS) {
                Sheet sheet = workbook.createSheet(kind.title());
                Row headers = sheet.createRow(0);
                Row notes = sheet.createRow(1);
                for (int c = 0; c < kind.columns().size(); c++) {
                    SheetColumn column = kind.columns().get(c);
                    cell(headers, c, column.header(), header);
                    cell(notes, c, column.note(), note);
                    // Text, so that Excel keeps 0374… and 12345 as typed rather than turning them into numbers.
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, (column.field().equals("id") ? 24 : 22) * 256);
                }
                int r = FIRST_RECORD_ROW;
                for (ObjectNode record : records.getOrDefault(kind, List.of())) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < kind.columns().size(); c++) {
                        SheetColumn column = kind.columns().get(c);
                        String value = CellValues.write(column, record.get(column.field()), names);
                        if (!value.isEmpty()) {
                            cell(row, c, value, text);
                        }
                    }
                }
                sheet.createFreezePane(1, FIRST_RECORD_ROW);
                dropdowns(sheet, kind, names);
            }
            Sheet lists = workbook.createSheet(SheetLayout.LIST_SHEET);
            writeLists(lists, names, header);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The list sheet: one column per list, its name in the first row (written row by row, as SXSSF streams). */
    private static void writeLists(Sheet sheet, Lookups names, CellStyle header) {
        List<Map.Entry<Choices, List<String>>> lists = List.copyOf(lists(names).entrySet());
        int longest = lists.stream().mapToInt(e -> e.getValue().size()).max().orElse(0);
        Row titles = sheet.createRow(0);
        for (int c = 0; c < lists.size(); c++) {
            cell(titles, c, listTitle(lists.get(c).getKey()), header);
            sheet.setColumnWidth(c, 30 * 256);
        }
        for (int i = 0; i < longest; i++) {
            Row row = sheet.createRow(i + 1);
            for (int c = 0; c < lists.size(); c++) {
                List<String> values = lists.get(c).getValue();
                if (i < values.size()) {
                    row.createCell(c).setCellValue(values.get(i));
                }
            }
        }
    }

    /** Every list, in the list sheet's column order. */
    static Map<Choices, List<String>> lists(Lookups names) {
        Map<Choices, List<String>> lists = new EnumMap<>(Choices.class);
        for (Choices list : Choices.values()) {
            if (list == Choices.NONE) {
                continue;
            }
            Map<String, String> labels = SheetLayout.labels(list);
            lists.put(list, labels.isEmpty()
                    ? names.names(list).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()
                    : List.copyOf(labels.values()));
        }
        return lists;
    }

    private static String listTitle(Choices list) {
        return switch (list) {
            case REGIONS -> "地区（代码 名称）";
            case ORGANIZATIONS -> "机构（编号 名称）";
            case SERVICES -> "办事事项（编号 名称）";
            case LOCATIONS -> "服务场所（编号 名称）";
            case HOTLINE_TYPES -> "热线类型";
            case HOTLINE_STATUSES -> "热线状态";
            case CHANNEL_TYPES -> "渠道类型";
            case YES_NO -> "是否";
            case NONE -> "";
        };
    }

    /**
     * A dropdown on each column with a list. A closed list (types, 是/否) refuses other values; a list of records
     * only suggests, since a cell may hold several, or a name alone.
     */
    private static void dropdowns(Sheet sheet, KindSheet kind, Lookups names) {
        Map<Choices, List<String>> lists = lists(names);
        List<Choices> order = List.copyOf(lists.keySet());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < kind.columns().size(); c++) {
            SheetColumn column = kind.columns().get(c);
            if (column.list() == Choices.NONE || lists.get(column.list()).isEmpty()) {
                continue;
            }
            String letter = CellReference.convertNumToColString(order.indexOf(column.list()));
            String range = "'" + SheetLayout.LIST_SHEET + "'!$" + letter + "$2:$" + letter + "$"
                    + (lists.get(column.list()).size() + 1);
            DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(FIRST_RECORD_ROW, FIRST_RECORD_ROW + VALIDATED_ROWS - 1, c, c));
            boolean closed = !column.labels().isEmpty();
            validation.setShowErrorBox(closed);
            validation.setSuppressDropDownArrow(true);
            if (closed) {
                validation.createErrorBox("不在可选值中", "请从下拉列表中选择：" + String.join("、", column.labels().values()));
            }
            validation.setShowPromptBox(true);
            validation.createPromptBox(column.header(), column.note());
            sheet.addValidationData(validation);
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle noteStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setItalic(true);
        font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        style.setFont(font);
        style.setWrapText(true);
        return style;
    }
}
