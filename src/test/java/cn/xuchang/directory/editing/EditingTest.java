package cn.xuchang.directory.editing;

import static cn.xuchang.directory.editing.Tokens.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The write API on the real data: who may change what, optimistic concurrency, validation that changes
 * nothing, history, and changes that reach reads and lookup at once. Tests that change records create
 * their own, so the seed data other tests read stays as it is.
 */
@QuarkusTest
class EditingTest {

    static final String HRSS_EDITOR = Tokens.editor("editor-hrss", "xuchang-hrss");
    static final String BANK_EDITOR = Tokens.editor("editor-psbc", "psbc-yuzhou-central-branch");

    /** A new 创业担保贷款 desk for 鸠山镇, owned by 市人社局, created by an admin. */
    static ExtractableResponse<Response> createJiushanDesk() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("number", "0374-8297718", "type", "consultation",
                        "label", "创业担保贷款服务电话（鸠山镇，测试）", "organization", "xuchang-hrss",
                        "services", List.of("startup-guarantee-loan"), "regions", List.of("411081109"),
                        "status", "active", "source", "EditingTest"))
                .when().post("/api/v1/hotlines").then().statusCode(201).extract();
    }

    static void retire(String id) {
        String etag = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).when()
                .post("/api/v1/hotlines/" + id + "/retire").then().statusCode(200);
    }

    @Test
    void anonymousWritesAre401() {
        given().contentType(MERGE_PATCH).body("{\"label\":\"x\"}").when()
                .patch("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/hotlines").then().statusCode(401);
        given().when().post("/api/v1/hotlines/startup-loan-yuzhou/retire").then().statusCode(401);
        given().when().get("/api/v1/hotlines/startup-loan-yuzhou/history").then().statusCode(401);
    }

    @Test
    void forgedExpiredAndForeignTokensAre401() throws Exception {
        for (String token : List.of(Tokens.forged(), Tokens.expired(), Tokens.otherIssuer(), "not.a.jwt")) {
            given().auth().oauth2(token).header("If-Match", "\"0\"").contentType(MERGE_PATCH)
                    .body("{\"label\":\"x\"}").when().patch("/api/v1/hotlines/startup-loan-yuzhou").then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void anEditorOfAnotherOrganizationGets403AndNothingChanges() {
        ExtractableResponse<Response> before = given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then()
                .extract();
        given().auth().oauth2(BANK_EDITOR).header("If-Match", before.header("ETag")).contentType(MERGE_PATCH)
                .body("{\"label\":\"改过\"}").when().patch("/api/v1/hotlines/startup-loan-yuzhou").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", "\"0\"").when()
                .post("/api/v1/hotlines/national-12345/retire").then().statusCode(403);
        given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then()
                .body("label", equalTo(before.path("label"))).header("ETag", before.header("ETag"));
    }

    @Test
    void anEditorCannotMoveARecordToAnotherOrganizationNorCreateOneForIt() {
        String id = createJiushanDesk().path("id");
        try {
            String etag = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).contentType(MERGE_PATCH)
                    .body("{\"organization\":\"psbc-yuzhou-central-branch\"}").when().patch("/api/v1/hotlines/" + id)
                    .then().statusCode(403);
            given().auth().oauth2(BANK_EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("number", "0374-8297719", "type", "consultation", "label", "x",
                            "organization", "xuchang-hrss", "regions", List.of("411081"), "status", "active",
                            "source", "EditingTest"))
                    .when().post("/api/v1/hotlines").then().statusCode(403);
        } finally {
            retire(id);
        }
    }

    @Test
    void anEditorChangesTheirOwnHotlineAndReadsAndLookupShowItAtOnce() {
        ExtractableResponse<Response> created = createJiushanDesk();
        String id = created.path("id");
        try {
            assertThat(created.header("Location")).endsWith("/api/v1/hotlines/" + id);
            given().queryParam("q", "鸠山镇 创业贷款").when().get("/api/v1/lookup").then()
                    .body("answers[0].number", equalTo("0374-8297718"))
                    .body("answers[0].fallback", equalTo(false));

            given().auth().oauth2(HRSS_EDITOR).header("If-Match", created.header("ETag"))
                    .contentType("application/merge-patch+json").body("{\"number\":\"0374 829 7719\"}")
                    .when().patch("/api/v1/hotlines/" + id).then().statusCode(200)
                    .body("number", equalTo("0374-8297719")).header("ETag", notNullValue());

            given().when().get("/api/v1/hotlines/" + id).then().body("number", equalTo("0374-8297719"));
            given().queryParam("q", "鸠山镇 创业贷款").when().get("/api/v1/lookup").then()
                    .body("answers[0].number", equalTo("0374-8297719"));
            given().queryParam("service", "startup-guarantee-loan").queryParam("region", "411081109").when()
                    .get("/api/v1/resolve").then().body("answeredBy.code", equalTo("411081109"))
                    .body("hotlines[0].hotline.number", equalTo("0374-8297719"));
            given().when().get("/api/v1/numbers/03748297719").then().body("hotlines[0].id", equalTo(id));
        } finally {
            retire(id);
        }
        given().queryParam("q", "鸠山镇 创业贷款").when().get("/api/v1/lookup").then()
                .body("answers[0].number", equalTo("0374-8297716"));
    }

    @Test
    void staleOrMissingIfMatchIsRefused() {
        String id = createJiushanDesk().path("id");
        try {
            String first = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");
            given().auth().oauth2(HRSS_EDITOR).contentType(MERGE_PATCH).body("{\"label\":\"甲\"}").when()
                    .patch("/api/v1/hotlines/" + id).then().statusCode(428).contentType("application/problem+json");
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", first).contentType(MERGE_PATCH)
                    .body("{\"label\":\"甲\"}").when().patch("/api/v1/hotlines/" + id).then().statusCode(200);
            given().auth().oauth2(Tokens.admin()).header("If-Match", first).contentType(MERGE_PATCH)
                    .body("{\"label\":\"乙\"}").when().patch("/api/v1/hotlines/" + id).then().statusCode(412)
                    .contentType("application/problem+json");
            given().when().get("/api/v1/hotlines/" + id).then().body("label", equalTo("甲"));
        } finally {
            retire(id);
        }
    }

    @Test
    void serverOwnedFieldsCannotBeSet() {
        String etag = given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().extract().header("ETag");
        for (String body : List.of("{\"id\":\"mine\"}", "{\"version\":99}", "{\"updatedBy\":\"someone\"}",
            "{\"lastVerified\":\"2030-01-01\"}", "{\"retired\":true}")) {
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).contentType(MERGE_PATCH).body(body)
                    .when().patch("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"id\":\"chosen\",\"number\":\"12345\",\"type\":\"general\",\"label\":\"x\",\"nationwide\":true,"
                        + "\"status\":\"active\",\"source\":\"t\"}")
                .when().post("/api/v1/hotlines").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().header("ETag", etag);
    }

    @Test
    void anInvalidPhoneNumberIs400NamingTheFieldAndChangesNothing() {
        ExtractableResponse<Response> before = given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then()
                .extract();
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", before.header("ETag")).contentType(MERGE_PATCH)
                .body("{\"number\":\"0374-829771\",\"label\":\"改过的名称\"}").when()
                .patch("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("number"));
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", before.header("ETag")).contentType(MERGE_PATCH)
                .body("{\"regions\":[\"411099\"],\"services\":[\"no-such\"]}").when()
                .patch("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(400)
                .body("errors.field", hasItem("regions")).body("errors.field", hasItem("services"));
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", before.header("ETag")).contentType(MERGE_PATCH)
                .body("{\"label\":\"nul\\u0000byte\"}").when().patch("/api/v1/hotlines/startup-loan-yuzhou").then()
                .statusCode(400).body("errors.field", contains("label"));
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", before.header("ETag")).contentType(MERGE_PATCH)
                .body(Map.of("label", "长".repeat(201), "hours", "时".repeat(501))).when()
                .patch("/api/v1/hotlines/startup-loan-yuzhou").then().statusCode(400)
                .body("errors.field", hasItem("label")).body("errors.field", hasItem("hours"));
        given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then()
                .body("number", equalTo("0374-8297716")).body("label", equalTo(before.path("label")))
                .header("ETag", before.header("ETag"));
    }

    @Test
    void historyListsEveryChangeWithItsAuthor() {
        ExtractableResponse<Response> created = createJiushanDesk();
        String id = created.path("id");
        try {
            String etag = given().auth().oauth2(HRSS_EDITOR).header("If-Match", created.header("ETag"))
                    .contentType(MERGE_PATCH).body("{\"hours\":\"工作日 8:30-12:00（节假日除外）\"}").when()
                    .patch("/api/v1/hotlines/" + id).then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(Tokens.editor("editor-hrss-2", "xuchang-hrss")).header("If-Match", etag)
                    .contentType(MERGE_PATCH).body("{\"label\":\"鸠山镇创业担保贷款咨询（测试）\"}").when()
                    .patch("/api/v1/hotlines/" + id).then().statusCode(200);
            given().auth().oauth2(HRSS_EDITOR).when().get("/api/v1/hotlines/" + id + "/history").then()
                    .statusCode(200)
                    .body("author", contains("admin-ops", "editor-hrss", "editor-hrss-2"))
                    .body("action", contains("created", "changed", "changed"))
                    .body("[1].changes.field", contains("hours"))
                    .body("[1].changes[0].to", equalTo("工作日 8:30-12:00（节假日除外）"))
                    .body("[2].changes.field", contains("label"))
                    .body("[2].changes[0].from", equalTo("创业担保贷款服务电话（鸠山镇，测试）"));
        } finally {
            retire(id);
        }
    }

    @Test
    void historyIsReadByWhoMayChangeTheRecord() {
        // It names the editors who made each change: an editor reads it for the records it may change only.
        given().auth().oauth2(BANK_EDITOR).when().get("/api/v1/hotlines/startup-loan-yuzhou/history").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("history")).body("detail", containsString("psbc-yuzhou-central-branch"));
        given().auth().oauth2(HRSS_EDITOR).when().get("/api/v1/hotlines/national-12345/history").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(BANK_EDITOR).when().get("/api/v1/organizations/xuchang-hrss/history").then()
                .statusCode(403);
        given().auth().oauth2(HRSS_EDITOR).when().get("/api/v1/hotlines/startup-loan-yuzhou/history").then()
                .statusCode(200).body("[0].action", equalTo("created"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/hotlines/national-12345/history").then()
                .statusCode(200).body("[0].action", equalTo("created"));
        given().auth().oauth2(BANK_EDITOR).when().get("/api/v1/hotlines/no-such-hotline/history").then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/hotlines/national-12345/history").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void retireAndRestoreHideAndShowARecordWithoutDeletingIt() {
        String id = createJiushanDesk().path("id");
        retire(id);
        given().when().get("/api/v1/hotlines/" + id).then().statusCode(200).body("status", equalTo("retired"));
        given().queryParam("service", "startup-guarantee-loan").queryParam("region", "411081109").when()
                .get("/api/v1/resolve").then().body("answeredBy.code", equalTo("411081"));
        String etag = given().when().get("/api/v1/hotlines/" + id).then().extract().header("ETag");
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).when().post("/api/v1/hotlines/" + id + "/restore")
                .then().statusCode(200).body("status", equalTo("active"));
        given().queryParam("service", "startup-guarantee-loan").queryParam("region", "411081109").when()
                .get("/api/v1/resolve").then().body("answeredBy.code", equalTo("411081109"));
        retire(id);
    }

    @Test
    void verifyRecordsTodayAndStaleListsFindTheUnverified() {
        String id = createJiushanDesk().path("id");
        try {
            given().queryParam("stale", true).queryParam("size", 200).when().get("/api/v1/hotlines").then()
                    .body("items.id", hasItem(id));
            given().auth().oauth2(HRSS_EDITOR).when().post("/api/v1/hotlines/" + id + "/verify").then()
                    .statusCode(200).body("lastVerified", notNullValue());
            given().queryParam("stale", true).queryParam("size", 200).when().get("/api/v1/hotlines").then()
                    .body("items.id", not(hasItem(id)));
            given().queryParam("staleDays", 0).queryParam("size", 200).when().get("/api/v1/hotlines").then()
                    .body("items.id", hasItem("startup-loan-yuzhou"));
            given().queryParam("stale", "maybe").when().get("/api/v1/hotlines").then().statusCode(400);
        } finally {
            retire(id);
        }
    }

    @Test
    void everyKindCanBeCreatedAndEditedByItsOwnEditors() {
        String org = given().auth().oauth2(HRSS_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "许昌市就业创业服务中心（测试）", "parent", "xuchang-hrss", "region", "411000",
                        "source", "EditingTest"))
                .when().post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String service = given().auth().oauth2(HRSS_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "就业见习补贴（测试）", "aliases", List.of("见习补贴"), "organization", org,
                        "source", "EditingTest"))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id");
        String location = given().auth().oauth2(HRSS_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "就业创业服务大厅（测试）", "region", "411000", "organization", org,
                        "source", "EditingTest"))
                .when().post("/api/v1/locations").then().statusCode(201).extract().path("id");
        ExtractableResponse<Response> window = given().auth().oauth2(HRSS_EDITOR).contentType(ContentType.JSON)
                .body(Map.of("location", location, "label", "见习补贴窗口（测试）", "number", "3",
                        "organization", org, "services", List.of(service), "source", "EditingTest"))
                .when().post("/api/v1/windows").then().statusCode(201).extract();
        given().queryParam("q", "见习补贴").when().get("/api/v1/lookup").then()
                .body("answers[0].kind", equalTo("window")).body("answers[0].place", equalTo("就业创业服务大厅（测试）3"));
        given().auth().oauth2(BANK_EDITOR).header("If-Match", window.header("ETag")).contentType(MERGE_PATCH)
                .body("{\"number\":\"4\"}").when().patch("/api/v1/windows/" + window.path("id")).then().statusCode(403);
        for (String[] record : new String[][] {{"windows", window.path("id")}, {"locations", location},
            {"services", service}, {"organizations", org}}) {
            String etag = given().when().get("/api/v1/" + record[0] + "/" + record[1]).then().extract().header("ETag");
            given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).when()
                    .post("/api/v1/" + record[0] + "/" + record[1] + "/retire").then().statusCode(200)
                    .body("retired", equalTo(true));
        }
        given().queryParam("q", "见习补贴").when().get("/api/v1/lookup").then()
                .body("answers", empty());
    }
}
