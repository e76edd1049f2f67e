package cn.xuchang.directory.spreadsheet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.OwnDatabaseProfile;
import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An office's list from a spreadsheet, end to end on the seed data: a sheet with bad rows is previewed naming each
 * bad cell and refused; fixed, it is applied with the uploader as author; export then upload changes nothing; a
 * record changed between preview and apply refuses the apply, naming it; an editor's row of another office is an
 * error. On a database of its own, since it creates hotlines.
 */
@QuarkusTest
@TestProfile(SpreadsheetImportTest.OwnDatabase.class)
class SpreadsheetImportTest {

    /** A database that other tests do not read. */
    public static class OwnDatabase extends OwnDatabaseProfile {
        /** A short body deadline: a preview that takes longer than it is still answered (SpreadsheetFilesTest). */
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("directory.http.body-timeout", "2s");
            return config;
        }
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HRSS_EDITOR = "wang-li";
    static final ObjectMapper JSON = new ObjectMapper();

    static String hrss() {
        return Tokens.editor(HRSS_EDITOR, "xuchang-hrss");
    }

    static List<Object> hotline(String id, Object number, String type, String label, String services, String region) {
        return Arrays.asList(id, number, type, label, null, null, "xuchang-hrss 许昌市人力资源和社会保障局", services, null,
                region, "正常", null, null, "许昌市人社局 2026年热线清单（测试）");
    }

    static JsonNode upload(String token, byte[] file, String type, int status) throws IOException {
        String body = given().auth().oauth2(token).contentType(type).body(file).when().post("/api/v1/imports")
                .then().statusCode(status).extract().asString();
        return JSON.readTree(body);
    }

    static Map<Integer, JsonNode> errorsByRow(JsonNode preview) {
        Map<Integer, JsonNode> byRow = new HashMap<>();
        for (JsonNode row : preview.get("rows")) {
            if (row.get("action").asText().equals("error")) {
                byRow.put(row.get("row").asInt(), row.get("errors"));
            }
        }
        return byRow;
    }

    @Test
    void aSheetOf300RowsWithFiveBadOnesIsRefusedNamingEachThenAppliedOnceFixed() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Every seventh number as Excel keeps a number typed without its leading zero: a numeric cell.
            Object number = i % 7 == 0 ? (Object) (3748100000L + i) : "0374-81" + String.format("%05d", i);
            rows.add(hotline(null, number, "咨询", "导入测试热线（第" + i + "条）", "startup-guarantee-loan",
                    "411081 禹州市"));
        }
        List<List<Object>> bad = new ArrayList<>(rows.stream().map(ArrayList::new).toList());
        bad.get(10).set(1, "0374-82977");
        bad.get(50).set(9, "999999");
        bad.get(100).set(3, null);
        bad.get(200).set(2, "热线咨询");
        bad.get(290).set(7, "no-such-service");

        JsonNode preview = upload(hrss(), SheetFiles.workbook("热线", SheetFiles.HOTLINE_HEADERS, bad), XLSX, 201);
        assertThat(preview.get("status").asText()).isEqualTo("has-errors");
        assertThat(preview.at("/counts/error").asInt()).isEqualTo(5);
        assertThat(preview.at("/counts/create").asInt()).isEqualTo(295);
        Map<Integer, JsonNode> errors = errorsByRow(preview);
        // Row numbers as Excel shows them: the header is row 1, so entry i is row i + 2.
        assertThat(errors.keySet()).containsExactlyInAnyOrder(12, 52, 102, 202, 292);
        assertThat(errors.get(12).get(0).get("column").asText()).isEqualTo("B 号码");
        assertThat(errors.get(12).get(0).get("code").asText()).isEqualTo("INVALID_NUMBER");
        assertThat(errors.get(12).get(0).get("message").asText()).contains("不是有效的电话号码").contains("0374-82977");
        assertThat(errors.get(52).get(0).get("column").asText()).isEqualTo("J 服务地区");
        assertThat(errors.get(52).get(0).get("code").asText()).isEqualTo("UNKNOWN_REGION");
        assertThat(errors.get(102).get(0).get("column").asText()).isEqualTo("D 名称");
        assertThat(errors.get(102).get(0).get("code").asText()).isEqualTo("REQUIRED");
        assertThat(errors.get(202).get(0).get("column").asText()).isEqualTo("C 类型");
        assertThat(errors.get(202).get(0).get("code").asText()).isEqualTo("NOT_IN_LIST");
        assertThat(errors.get(292).get(0).get("column").asText()).isEqualTo("H 办理事项");
        assertThat(errors.get(292).get(0).get("code").asText()).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(preview.at("/rows/0/action").asText()).as("errors first").isEqualTo("error");

        given().auth().oauth2(hrss()).when().post("/api/v1/imports/" + preview.get("id").asText() + "/apply").then()
                .statusCode(422).body("type", equalTo("/problems/import-has-errors"))
                .body("detail", org.hamcrest.Matchers.containsString("5 行错误"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("热线 第12行 B 号码", "热线 第52行 J 服务地区",
                        "热线 第102行 D 名称", "热线 第202行 C 类型", "热线 第292行 H 办理事项"));

        JsonNode fixed = upload(hrss(), SheetFiles.workbook("热线", SheetFiles.HOTLINE_HEADERS, rows), XLSX, 201);
        assertThat(fixed.get("status").asText()).isEqualTo("ready");
        assertThat(fixed.at("/counts/create").asInt()).isEqualTo(300);
        JsonNode numeric = row(fixed, 9); // entry 7: 3748100007 as a number
        assertThat(change(numeric, "number")).isEqualTo("0374-8100007");
        given().auth().oauth2(hrss()).when().post("/api/v1/imports/" + fixed.get("id").asText() + "/apply").then()
                .statusCode(200).body("created", equalTo(300)).body("appliedBy", equalTo(HRSS_EDITOR));

        String id = numeric.get("id").asText();
        given().when().get("/api/v1/hotlines/" + id).then().statusCode(200).body("number", equalTo("0374-8100007"));
        given().auth().oauth2(hrss()).when().get("/api/v1/hotlines/" + id + "/history").then().statusCode(200)
                .body("[0].author", equalTo(HRSS_EDITOR)).body("[0].action", equalTo("created"));
        given().auth().oauth2(hrss()).when().post("/api/v1/imports/" + fixed.get("id").asText() + "/apply").then()
                .statusCode(409).body("type", equalTo("/problems/already-applied"));
    }

    static JsonNode row(JsonNode preview, int number) {
        for (JsonNode row : preview.get("rows")) {
            if (row.get("row").asInt() == number) {
                return row;
            }
        }
        throw new AssertionError("no row " + number);
    }

    static JsonNode byId(JsonNode preview, String id) {
        for (JsonNode row : preview.get("rows")) {
            if (row.get("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + id);
    }

    static String change(JsonNode row, String field) {
        for (JsonNode change : row.get("changes")) {
            if (change.get("field").asText().equals(field)) {
                return change.get("after").asText();
            }
        }
        throw new AssertionError("no change of " + field + " in " + row);
    }

    @Test
    void exportThenUploadChangesNothing() throws IOException {
        byte[] export = given().when().get("/api/v1/export.xlsx").then().statusCode(200).contentType(XLSX).extract()
                .asByteArray();
        JsonNode preview = upload(Tokens.admin(), export, XLSX, 201);
        assertThat(preview.get("status").asText()).isEqualTo("ready");
        assertThat(preview.at("/counts/create").asInt()).isZero();
        assertThat(preview.at("/counts/update").asInt()).isZero();
        assertThat(preview.at("/counts/error").asInt()).isZero();
        assertThat(preview.at("/counts/missing").asInt()).isZero();
        assertThat(preview.at("/counts/unchanged").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(preview.get("notices")).isEmpty();
    }

    @Test
    void aRecordChangedBetweenPreviewAndApplyRefusesTheApplyNamingIt() throws IOException {
        byte[] template = given().auth().oauth2(hrss()).when().get("/api/v1/imports/template.xlsx").then()
                .statusCode(200).extract().asByteArray();
        byte[] edited;
        try (XSSFWorkbook workbook = SheetFiles.open(template)) {
            Sheet hotlines = workbook.getSheet("热线");
            Row yuzhou = null;
            for (Row row : hotlines) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("startup-loan-yuzhou")) {
                    yuzhou = row;
                }
            }
            assertThat(yuzhou).as("the editor's own hotline is in the template").isNotNull();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("列表"))).isTrue();
            yuzhou.createCell(5).setCellValue("工作日 8:30-12:00 节假日休息");
            edited = SheetFiles.bytes(workbook);
        }
        JsonNode preview = upload(hrss(), edited, XLSX, 201);
        assertThat(preview.at("/counts/update").asInt()).isEqualTo(1);
        assertThat(preview.at("/counts/error").asInt()).isZero();
        assertThat(change(byId(preview, "startup-loan-yuzhou"), "hours")).isEqualTo("工作日 8:30-12:00 节假日休息");

        String etag = given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().extract().header("ETag");
        given().auth().oauth2(Tokens.editor("zhao-min", "xuchang-hrss")).header("If-Match", etag)
                .contentType(Tokens.MERGE_PATCH).body("{\"statusNote\":\"号码已核实（测试）\"}").when()
                .patch("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(200);

        given().auth().oauth2(hrss()).when().post("/api/v1/imports/" + preview.get("id").asText() + "/apply").then()
                .statusCode(409).body("type", equalTo("/problems/changed-since-preview"))
                .body("errors[0].field", equalTo("hotline/startup-loan-yuzhou"));
        given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then()
                .body("hours", org.hamcrest.Matchers.not(equalTo("工作日 8:30-12:00 节假日休息")));
    }

    @Test
    void windowsAndCentresTakeHoursAndWindowsFindACentreTheSameFileCreates() throws IOException {
        String centre = "导入测试便民服务中心";
        List<Object> location = Arrays.asList(null, centre, "许昌市测试路1号", "工作日 上午8:30-12:00 下午14:30-17:30",
                "411000 许昌市", "xuchang-hrss", "测试");
        // Both windows name the new centre by its name alone: it has no id until the file is applied.
        List<Object> first = Arrays.asList(null, centre, "导入测试窗口一", "一楼", null, 7, "周一至周五 9:00-17:00，节假日休息",
                "xuchang-hrss", "startup-guarantee-loan", "测试");
        List<Object> second = new ArrayList<>(Arrays.asList(null, centre, "导入测试窗口二", "一楼", null, 8, "请电话咨询",
                "xuchang-hrss", null, "测试"));
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("服务场所", List.of(SheetFiles.LOCATION_HEADERS, location));
        sheets.put("办事窗口", List.of(SheetFiles.WINDOW_HEADERS, first, second));

        JsonNode refused = upload(hrss(), SheetFiles.workbook(sheets), XLSX, 201);
        assertThat(refused.at("/counts/error").asInt()).isEqualTo(1);
        JsonNode hours = errorsByRow(refused).get(3).get(0);
        assertThat(hours.get("column").asText()).isEqualTo("G 办公时间");
        assertThat(hours.get("code").asText()).isEqualTo("INVALID_HOURS");
        // The parser's own words, as the API answers them, are in the message the office reads.
        assertThat(hours.get("message").asText()).contains(hours.get("detail").asText()).contains("'请电话咨询'");

        second.set(6, "工作日 9:00-17:00");
        sheets.put("办事窗口", List.of(SheetFiles.WINDOW_HEADERS, first, second));
        JsonNode preview = upload(hrss(), SheetFiles.workbook(sheets), XLSX, 201);
        assertThat(preview.get("status").asText()).isEqualTo("ready");
        assertThat(preview.at("/counts/create").asInt()).isEqualTo(3);
        JsonNode centreRow = null;
        JsonNode windowRow = null;
        for (JsonNode row : preview.get("rows")) {
            if (row.get("kind").asText().equals("location")) {
                centreRow = row;
            } else if (row.get("row").asInt() == 2) {
                windowRow = row;
            }
        }
        String centreId = centreRow.get("id").asText();
        assertThat(change(centreRow, "hours")).isEqualTo("工作日 上午8:30-12:00 下午14:30-17:30");
        assertThat(change(windowRow, "location")).isEqualTo(centreId + " " + centre);
        assertThat(change(windowRow, "hours")).isEqualTo("周一至周五 9:00-17:00，节假日休息");

        given().auth().oauth2(hrss()).when().post("/api/v1/imports/" + preview.get("id").asText() + "/apply").then()
                .statusCode(200).body("created", equalTo(3));
        String windowId = windowRow.get("id").asText();
        given().when().get("/api/v1/windows/" + windowId).then().statusCode(200)
                .body("hours", equalTo("周一至周五 9:00-17:00，节假日休息")).body("location.id", equalTo(centreId));
        given().when().get("/api/v1/locations/" + centreId).then().statusCode(200)
                .body("hours", equalTo("工作日 上午8:30-12:00 下午14:30-17:30"));

        byte[] export = given().when().get("/api/v1/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = SheetFiles.open(export)) {
            assertThat(cell(workbook.getSheet("办事窗口"), windowId, "办公时间")).isEqualTo("周一至周五 9:00-17:00，节假日休息");
            assertThat(cell(workbook.getSheet("服务场所"), centreId, "办公时间"))
                    .isEqualTo("工作日 上午8:30-12:00 下午14:30-17:30");
        }
    }

    /** The cell under {@code header} in the row of the record {@code id}. */
    static String cell(Sheet sheet, String id, String header) {
        Row headers = sheet.getRow(0);
        int column = -1;
        for (int c = 0; c < headers.getLastCellNum(); c++) {
            if (headers.getCell(c) != null && headers.getCell(c).getStringCellValue().equals(header)) {
                column = c;
            }
        }
        assertThat(column).as("a column " + header + " in " + sheet.getSheetName()).isNotNegative();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(id)) {
                return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
            }
        }
        throw new AssertionError("no row of " + id + " in " + sheet.getSheetName());
    }

    @Test
    void anEditorsRowOfAnotherOfficeIsAnErrorOnThatRow() throws IOException {
        String csv = String.join(",", SheetFiles.HOTLINE_HEADERS) + "\r\n"
                + ",(0374)８２９７７１８,咨询,人社局导入测试热线,,,xuchang-hrss,,,411081,正常,,,测试\r\n"
                + ",0374-2345678,投诉举报,督查局导入测试热线,,,xuchang-supervision-bureau,,,411000,正常,,,测试\r\n";
        JsonNode preview = upload(hrss(), csv.getBytes(Charset.forName("GBK")), "text/csv", 201);
        assertThat(preview.get("encoding").asText()).isEqualTo("GB18030 (GBK)");
        assertThat(preview.at("/counts/create").asInt()).isEqualTo(1);
        assertThat(change(row(preview, 2), "number")).isEqualTo("0374-8297718");
        JsonNode error = errorsByRow(preview).get(3).get(0);
        assertThat(error.get("code").asText()).isEqualTo("OUTSIDE_ORGANIZATION");
        assertThat(error.get("column").asText()).isEqualTo("G 所属机构");
        assertThat(error.get("message").asText()).contains("xuchang-hrss");
    }
}
