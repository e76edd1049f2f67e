package cn.xuchang.directory.channel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Online channels (渠道) on the real seed data: read, found by lookup, edited by their own office only. */
@QuarkusTest
class ChannelResourceTest {

    private static final String SUPERVISION_EDITOR = Tokens.editor("editor-supervision", "xuchang-supervision-bureau");
    private static final String HRSS_EDITOR = Tokens.editor("editor-hrss", "xuchang-hrss");

    @Test
    void theSeedPagesChannelsAreServedWithTheirSource() {
        given().when().get("/api/v1/channels/xuchang-party-office-wechat").then().statusCode(200)
                .body("type", equalTo("wechat_official_account")).body("handle", equalTo("许昌市委办"))
                .body("organization.id", equalTo("xuchang-party-committee-office"));
        given().when().get("/api/v1/channels?type=mailbox").then().statusCode(200)
                .body("items.id", contains("xuchang-secretary-mayor-mailbox"));
        given().when().get("/api/v1/channels?type=fax").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().when().get("/api/v1/channels/no-such").then().statusCode(404);
    }

    @Test
    void lookupFindsTheMayorsMailbox() {
        given().queryParam("q", "市长信箱").when().get("/api/v1/lookup").then().statusCode(200)
                .body("answers[0].kind", equalTo("channel"))
                .body("answers[0].id", equalTo("xuchang-secretary-mayor-mailbox"))
                .body("answers[0].organization.id", equalTo("xuchang-supervision-bureau"));
    }

    @Test
    void itsOfficeCreatesEditsRetiresAndRestoresAChannelAndOthersCannot() {
        String body = """
                {"type": "mini_program", "name": "测试渠道甲小程序", "organization": "xuchang-hrss",
                 "regions": ["411000"], "source": "测试"}""";
        given().auth().oauth2(SUPERVISION_EDITOR).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/channels").then().statusCode(403);
        var created = given().auth().oauth2(HRSS_EDITOR).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/channels").then().statusCode(201).body("regions.code", contains("411000")).extract();
        String id = created.path("id");
        given().queryParam("q", "测试渠道甲").when().get("/api/v1/lookup").then()
                .body("answers.id", hasItem(id));

        given().auth().oauth2(HRSS_EDITOR).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"url\": \"ftp://example.org\"}").when()
                .patch("/api/v1/channels/" + id).then().statusCode(400).body("errors[0].field", equalTo("url"));
        String etag = given().auth().oauth2(HRSS_EDITOR).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json; charset=utf-8").body("{\"handle\": \"测试渠道甲\"}").when()
                .patch("/api/v1/channels/" + id).then().statusCode(200).body("handle", equalTo("测试渠道甲"))
                .extract().header("ETag");
        etag = given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).when()
                .post("/api/v1/channels/" + id + "/retire").then().statusCode(200).body("retired", equalTo(true))
                .extract().header("ETag");
        given().queryParam("q", "测试渠道甲").when().get("/api/v1/lookup").then()
                .body("answers.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().auth().oauth2(HRSS_EDITOR).header("If-Match", etag).when()
                .post("/api/v1/channels/" + id + "/restore").then().statusCode(200).body("retired", equalTo(false));
        given().auth().oauth2(HRSS_EDITOR).when().get("/api/v1/channels/" + id + "/history").then()
                .statusCode(200).body("author", hasItem("editor-hrss"));
        given().when().get("/api/v1/export/channels.yaml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("handle: 测试渠道甲"));
    }
}
