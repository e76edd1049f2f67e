package cn.xuchang.directory.editing;

import static cn.xuchang.directory.editing.Tokens.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * 严格的请求体 (strict bodies): a write takes exactly one JSON value within the size limit, each key once, texts
 * without control characters; a change names the version it changes, and a PATCH is a merge patch. Each refusal is
 * a problem naming what was wrong, and changes nothing: the record keeps its content and ETag, no report is stored.
 */
@QuarkusTest
class StrictBodiesTest {

    private static final String RECORD = "/api/v1/hotlines/startup-loan-yuzhou";
    private static final String HRSS_EDITOR = EditingTest.HRSS_EDITOR;
    private static final String REPORT = "{\"kind\":\"hotline\",\"id\":\"startup-loan-yuzhou\",\"problem\":\"no_answer\"}";
    /** Each report from an address of its own, so that the limit of five a minute is not what answers. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @TestHTTPResource("/")
    URL root;

    @Test
    void aControlCharacterInAnyTextOfARecordIs400NamingTheField() {
        ExtractableResponse<Response> before = current();
        // Escape, a bare carriage return, DEL and the C1 character NEL (which JSON lets through unescaped).
        patch(before.header("ETag"), "{\"label\":\"创业贷款\\u001b[31m\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("label"))
                .body("detail", containsString("control characters"));
        patch(before.header("ETag"), "{\"hours\":\"8:30-12:00\\r14:30-17:30\"}").statusCode(400)
                .body("errors[0].field", equalTo("hours"));
        patch(before.header("ETag"), "{\"services\":[\"startup-guarantee-loan\",\"loan\u0085\"]}").statusCode(400)
                .body("errors[0].field", equalTo("services[1]"));
        // Every kind, on create: the field is named, and nothing is created.
        Map<String, String> fields = Map.of("organizations", "name", "services", "name", "locations", "address",
                "windows", "label", "hotlines", "label", "channels", "handle");
        fields.forEach((kind, field) -> {
            long total = total("/api/v1/" + kind);
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body("{\"" + field + "\":\"测试\\u0000\",\"source\":\"StrictBodiesTest\"}").when()
                    .post("/api/v1/" + kind).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field)).body("detail", containsString("不允许控制字符"));
            assertThat(total("/api/v1/" + kind)).as(kind).isEqualTo(total);
        });
        unchanged(before);
    }

    @Test
    void lineBreaksAndTabsAreText() {
        ExtractableResponse<Response> created = EditingTest.createJiushanDesk();
        String id = created.path("id");
        try {
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", created.header("ETag")).contentType(MERGE_PATCH)
                    .body("{\"hours\":\"工作日\\t8:30-12:00\\n周六\\t9:00-12:00\"}").when().patch("/api/v1/hotlines/" + id)
                    .then().statusCode(200).body("hours", equalTo("工作日\t8:30-12:00\n周六\t9:00-12:00"));
        } finally {
            EditingTest.retire(id);
        }
    }

    @Test
    void aControlCharacterInAReportIs400AndNothingIsStored() {
        long reports = reports();
        report(REPORT.replace("}", ",\"text\":\"没人接\\u0007\\u0007\"}")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        assertThat(reports()).isEqualTo(reports);
        String id = report(REPORT).statusCode(201).extract().path("id");
        given().auth().oauth2(HRSS_EDITOR).contentType(ContentType.JSON).body("{\"resolution\":\"已核实\\u001b\"}")
                .when().post("/api/v1/reports/" + id + "/close").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("resolution"));
        given().auth().oauth2(Tokens.admin()).queryParam("status", "open").queryParam("size", 200).when()
                .get("/api/v1/reports").then().body("items.id", hasItem(id));
    }

    @Test
    void dataAfterTheJsonValueIs400() {
        long reports = reports();
        for (String trailing : new String[] {" {\"problem\":\"moved\"}", "\"more\"", " 42", " garbage"}) {
            report(REPORT + trailing).statusCode(400).contentType("application/problem+json");
        }
        report(REPORT + " {\"problem\":\"moved\"}").body("errors[0].field", equalTo("body"))
                .body("detail", containsString("data after the JSON value"));
        assertThat(reports()).isEqualTo(reports);
        ExtractableResponse<Response> before = current();
        patch(before.header("ETag"), "{\"label\":\"甲\"} {\"label\":\"乙\"}").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        unchanged(before);
    }

    @Test
    void aKeySentTwiceIs400NamingIt() {
        long reports = reports();
        report(REPORT.replace("}", ",\"problem\":\"moved\"}")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("problem")).body("detail", containsString("duplicate key 'problem'"));
        assertThat(reports()).isEqualTo(reports);
        ExtractableResponse<Response> before = current();
        patch(before.header("ETag"), "{\"label\":\"甲\",\"label\":\"乙\"}").statusCode(400)
                .body("errors[0].field", equalTo("label"));
        // Inside a list, the path says where.
        patch(before.header("ETag"), "{\"services\":[\"startup-guarantee-loan\",{\"id\":1,\"id\":2}]}").statusCode(400)
                .body("errors[0].field", equalTo("services[1].id"));
        unchanged(before);
    }

    @Test
    void tenMegabytesOfWhitespaceAroundAReportAre413() throws Exception {
        long reports = reports();
        String padding = " ".repeat(5 * 1024 * 1024);
        String body = padding + REPORT + padding;
        RawHttp.Answer sized = RawHttp.send(root.getPort(), "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        problem(sized, 413);
        StringBuilder chunked = new StringBuilder();
        for (int at = 0; at < body.length(); at += 65536) {
            String chunk = body.substring(at, Math.min(body.length(), at + 65536));
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        RawHttp.Answer streamed = RawHttp.send(root.getPort(), "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked + "0\r\n\r\n");
        problem(streamed, 413);
        assertThat(reports()).isEqualTo(reports);
        // Whitespace itself is JSON: a little of it is taken.
        report(" ".repeat(1024) + REPORT + "\n".repeat(1024)).statusCode(201);
    }

    @Test
    void ifMatchStarIsRefusedWith428() {
        ExtractableResponse<Response> before = current();
        for (String ifMatch : new String[] {"*", before.header("ETag") + ", *"}) {
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", ifMatch).contentType(MERGE_PATCH)
                    .body("{\"label\":\"甲\"}").when().patch(RECORD).then().statusCode(428)
                    .contentType("application/problem+json").body("detail", containsString("If-Match: *"));
        }
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", "*").when().post(RECORD + "/retire").then()
                .statusCode(428).contentType("application/problem+json");
        unchanged(before);
    }

    @Test
    void aPatchSentAsPlainJsonIs415NamingMergePatch() {
        ExtractableResponse<Response> before = current();
        for (String type : new String[] {"application/json", "application/json-patch+json"}) {
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", before.header("ETag")).contentType(type)
                    .body("{\"label\":\"甲\"}").when().patch(RECORD).then().statusCode(415)
                    .contentType("application/problem+json").header("Accept-Patch", "application/merge-patch+json")
                    .body("detail", containsString("application/merge-patch+json"));
        }
        unchanged(before);
    }

    private static ExtractableResponse<Response> current() {
        return given().when().get(RECORD).then().statusCode(200).extract();
    }

    /** The record answers as before the refused writes: the same content, the same version. */
    private static void unchanged(ExtractableResponse<Response> before) {
        ExtractableResponse<Response> after = current();
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.asString()).isEqualTo(before.asString());
    }

    private static ValidatableResponse patch(String etag, String body) {
        return given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).contentType(MERGE_PATCH).body(body).when()
                .patch(RECORD).then();
    }

    private static ValidatableResponse report(String body) {
        return given().header("X-Forwarded-For", "192.0.2." + ADDRESS.getAndIncrement() % 250)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/reports").then();
    }

    private static long reports() {
        return total("/api/v1/reports");
    }

    private static long total(String list) {
        return ((Number) given().auth().oauth2(Tokens.admin()).queryParam("size", 1).when().get(list).then()
                .statusCode(200).extract().path("total")).longValue();
    }

    private static void problem(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(answer.body().getBytes(StandardCharsets.UTF_8));
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }
}
