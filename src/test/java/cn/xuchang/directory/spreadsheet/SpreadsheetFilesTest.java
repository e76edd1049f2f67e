package cn.xuchang.directory.spreadsheet;

import static cn.xuchang.directory.spreadsheet.SpreadsheetImportTest.XLSX;
import static cn.xuchang.directory.spreadsheet.SpreadsheetImportTest.change;
import static cn.xuchang.directory.spreadsheet.SpreadsheetImportTest.hotline;
import static cn.xuchang.directory.spreadsheet.SpreadsheetImportTest.hrss;
import static cn.xuchang.directory.spreadsheet.SpreadsheetImportTest.row;
import static cn.xuchang.directory.spreadsheet.SpreadsheetImportTest.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Bad files are refused or reported with a clear 4xx, never a 500: macros, the old .xls, zip bombs, too many rows,
 * undecodable text; formulas are read as their cached values, merged cells, hidden sheets and extra columns reported.
 */
@QuarkusTest
@TestProfile(SpreadsheetImportTest.OwnDatabase.class)
class SpreadsheetFilesTest {

    private static byte[] small() throws IOException {
        return SheetFiles.workbook("热线", SheetFiles.HOTLINE_HEADERS, List.of(hotline(null, "0374-8297720", "咨询",
                "文件测试热线", null, "411081")));
    }

    @Test
    void aWorkbookWithMacrosIsRefused() throws IOException {
        // As Excel saves an .xlsm: the workbook part of the macro-enabled type, and the macros beside it.
        byte[] xlsx = small();
        String types = new String(SheetFiles.entry(xlsx, "[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        byte[] xlsm = SheetFiles.withEntry(SheetFiles.withEntry(xlsx, "[Content_Types].xml",
                types.getBytes(StandardCharsets.UTF_8)), "xl/vbaProject.bin", new byte[] {1, 2, 3});
        given().auth().oauth2(hrss()).contentType(XLSX).body(xlsm).when().post("/api/v1/imports").then()
                .statusCode(415).body("detail", containsString("宏"));
    }

    @Test
    void theOldXlsAndOtherMediaTypesAre415() {
        byte[] xls = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, xls, 0, magic.length);
        given().auth().oauth2(hrss()).contentType("application/vnd.ms-excel").body(xls).when()
                .post("/api/v1/imports").then().statusCode(415).body("detail", containsString(".xls"));
        given().auth().oauth2(hrss()).contentType("application/pdf").body(new byte[] {'%', 'P', 'D', 'F'}).when()
                .post("/api/v1/imports").then().statusCode(415);
        given().contentType("text/csv").body("a,b\n").when().post("/api/v1/imports").then().statusCode(401);
    }

    @Test
    void aZipBombIsRefusedUnread() throws IOException {
        byte[] padding = new byte[40 << 20];
        java.util.Arrays.fill(padding, (byte) ' ');
        byte[] bomb = SheetFiles.withEntry(small(), "xl/worksheets/sheet1.xml", padding);
        given().auth().oauth2(hrss()).contentType(XLSX).body(bomb).when().post("/api/v1/imports").then()
                .statusCode(400).body("type", equalTo("/problems/unreadable-file")).body("detail", containsString("zip"));
    }

    @Test
    void moreThan50000RowsIs413() {
        StringBuilder csv = new StringBuilder(String.join(",", SheetFiles.HOTLINE_HEADERS)).append('\n');
        for (int i = 0; i <= 50_000; i++) {
            csv.append(",0374-8297716,咨询,x,,,xuchang-hrss,,,411081,正常,,,s\n");
        }
        given().auth().oauth2(hrss()).contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports").then().statusCode(413).body("type", equalTo("/problems/too-many-rows"));
    }

    @Test
    void textThatIsNeitherUtf8NorGbkIsRefusedAndABomIsNamed() throws IOException {
        byte[] neither = {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFF, '\n'};
        given().auth().oauth2(hrss()).contentType("text/csv").body(neither).when().post("/api/v1/imports").then()
                .statusCode(400).body("detail", containsString("GB18030"));
        byte[] bom = ("\uFEFF" + String.join(",", SheetFiles.HOTLINE_HEADERS) + "\n"
                + ",0374 829 7721,咨询,BOM测试热线,,,xuchang-hrss,,,411081,正常,,,测试\n").getBytes(StandardCharsets.UTF_8);
        JsonNode preview = upload(hrss(), bom, "text/csv", 201);
        assertThat(preview.get("encoding").asText()).isEqualTo("UTF-8 (with BOM)");
        assertThat(change(row(preview, 2), "number")).isEqualTo("0374-8297721");
    }

    @Test
    void formulasAreReadAsCachedValuesAndMergedCellsHiddenSheetsAndExtraColumnsAreReported() throws IOException {
        List<String> headers = new ArrayList<>(SheetFiles.HOTLINE_HEADERS);
        headers.add("备注");
        byte[] file;
        try (XSSFWorkbook workbook = SheetFiles.open(SheetFiles.workbook("热线", headers, List.of(
                hotline(null, null, "咨询", "公式测试热线", null, "411081"),
                hotline(null, "0374-8297723", "咨询", "合并测试热线", null, "411081"))))) {
            Sheet sheet = workbook.getSheet("热线");
            Cell formula = sheet.getRow(1).createCell(1);
            formula.setCellFormula("\"0374-\"&\"8297722\"");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
            sheet.addMergedRegion(CellRangeAddress.valueOf("E3:F3"));
            Sheet hidden = workbook.createSheet("草稿");
            Row draft = hidden.createRow(0);
            draft.createCell(0).setCellValue("草稿");
            workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
            file = SheetFiles.bytes(workbook);
        }
        JsonNode preview = upload(hrss(), file, XLSX, 201);
        assertThat(change(row(preview, 2), "number")).isEqualTo("0374-8297722");
        List<String> codes = new ArrayList<>();
        preview.get("notices").forEach(n -> codes.add(n.get("code").asText()));
        assertThat(codes).contains("EXTRA_COLUMN", "HIDDEN_SHEET", "MERGED_CELLS");
        assertThat(preview.get("status").asText()).as("merged cells must be fixed first").isEqualTo("has-errors");
    }

    @Test
    void aBrowserFormCarriesTheFileInItsFilePart() throws IOException {
        String csv = String.join(",", SheetFiles.HOTLINE_HEADERS) + "\r\n"
                + ",0374-8297731,咨询,表单上传测试热线,,工作日 9:00-17:00,xuchang-hrss,,,411081,正常,,,测试\r\n";
        // As a browser on Chinese Windows names a .csv file, and with the kind as a form field.
        String answer = given().auth().oauth2(hrss())
                .multiPart("file", "热线清单.csv", csv.getBytes(java.nio.charset.Charset.forName("GBK")),
                        "application/vnd.ms-excel")
                .multiPart("kind", "hotline").when().post("/api/v1/imports").then().statusCode(201)
                .extract().asString();
        JsonNode preview = SpreadsheetImportTest.JSON.readTree(answer);
        assertThat(preview.get("encoding").asText()).isEqualTo("GB18030 (GBK)");
        assertThat(change(row(preview, 2), "label")).isEqualTo("表单上传测试热线");

        answer = given().auth().oauth2(hrss()).multiPart("file", "清单.xlsx", small(), XLSX).when()
                .post("/api/v1/imports").then().statusCode(201).extract().asString();
        assertThat(SpreadsheetImportTest.JSON.readTree(answer).at("/counts/create").asInt()).isEqualTo(1);

        given().auth().oauth2(hrss()).multiPart("kind", "hotline").when().post("/api/v1/imports").then()
                .statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aSlowButSteadyUploadIsReadWholeWhileATrickleGets408() throws Exception {
        // The profile's body deadline is 2 s; each 8 KiB received moves it on by a second.
        StringBuilder csv = new StringBuilder(String.join(",", SheetFiles.HOTLINE_HEADERS)).append("\r\n");
        for (int i = 0; csv.length() < 120_000; i++) {
            csv.append(",0374-83").append(String.format("%05d", i)).append(",咨询,慢速上传测试热线（第").append(i)
                    .append("条）,慢速上传测试用的说明文字，模拟办事指南中常见的一句话。,,xuchang-hrss,,,411081,正常,,,测试\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        String steady = send(body, body.length, 8_000, 200); // some 40 KB/s: about 3 s in all
        assertThat(steady).as("read whole although past the 2 s deadline").startsWith("HTTP/1.1 201");
        assertThat(System.nanoTime() - started).as("the upload took longer than the deadline").isGreaterThan(2_000_000_000L);

        started = System.nanoTime();
        String trickle = send(body, 10_000, 1, 250); // a byte every 250 ms
        assertThat(trickle).startsWith("HTTP/1.1 408");
        assertThat(System.nanoTime() - started).isLessThan(8_000_000_000L);
    }

    /** Sends {@code length} bytes of a CSV upload, {@code chunk} at a time every {@code pauseMillis}; the status line. */
    private static String send(byte[] body, int length, int chunk, long pauseMillis) throws Exception {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports?kind=hotline HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + hrss()
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.io.InputStream in = socket.getInputStream();
            try {
                for (int at = 0; at < length; at += chunk) {
                    out.write(body, at, Math.min(chunk, length - at));
                    out.flush();
                    if (in.available() > 0) {
                        break; // answered already
                    }
                    Thread.sleep(pauseMillis);
                }
            } catch (java.io.IOException closed) {
                // the service answered and closed the connection while bytes were still on their way
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
        }
    }
}
