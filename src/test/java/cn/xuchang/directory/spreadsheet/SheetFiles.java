package cn.xuchang.directory.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks written the way Excel saves them — texts in the shared-strings table, a styles part, numbers as numeric
 * cells — and files taken apart and put together again for the bad-file tests.
 */
final class SheetFiles {

    static final List<Object> LOCATION_HEADERS = List.of("编号", "名称", "地址", "办公时间", "所在地区", "所属机构", "来源");
    static final List<Object> WINDOW_HEADERS = List.of("编号", "所在场所", "窗口名称", "楼层", "区域", "窗口号", "办公时间",
            "所属机构", "办理事项", "来源");
    static final List<String> HOTLINE_HEADERS = List.of("编号", "号码", "类型", "名称", "说明", "服务时间", "所属机构",
            "办理事项", "全国统一", "服务地区", "状态", "归并至", "状态说明", "来源");

    private SheetFiles() {
    }

    /** A workbook with one sheet: the header row, then the rows; a cell that is a Number is written as one. */
    static byte[] workbook(String sheetName, List<String> headers, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet, r + 1, rows.get(r));
            }
            return bytes(workbook);
        }
    }

    /** A workbook with a sheet per entry, in order: its first row the headers, then the rows. */
    static byte[] workbook(java.util.Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    writeRow(sheet, r, rows.get(r));
                }
            });
            return bytes(workbook);
        }
    }

    /** Writes the values as row {@code index} of the sheet: a Number as a numeric cell, null as no cell, else text. */
    private static void writeRow(Sheet sheet, int index, List<Object> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The zip with one entry added, or replaced when it is there. */
    static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    continue;
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry(name));
            copy.write(content);
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    /** One entry of a zip. */
    static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no " + name);
    }
}
