package cn.xuchang.directory.editing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * 测试热线 (test desk): a throwaway 创业担保贷款 hotline of 市人社局 for 鸠山镇 (0374-8297719), created by an admin,
 * for tests that change a record and must not touch the seed data's.
 */
public final class TestDesks {

    private TestDesks() {
    }

    /** Creates the desk with this label, its source naming the test that made it; returns its id. */
    public static String create(String label, String source) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("number", "0374-8297719", "type", "consultation",
                        "label", label, "organization", "xuchang-hrss",
                        "services", List.of("startup-guarantee-loan"), "regions", List.of("411081109"),
                        "status", "active", "source", source))
                .when().post("/api/v1/hotlines").then().statusCode(201).extract().path("id");
    }
}
