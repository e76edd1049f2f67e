package cn.xuchang.directory.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Organizations, services, locations, windows and hotlines, as partners read them. */
@QuarkusTest
class DirectoryResourcesTest {

    @Test
    void organizations() {
        given().when().get("/api/v1/organizations/xuchang-hrss").then().statusCode(200)
                .body("shortName", equalTo("市人社局"))
                .body("region.code", equalTo("411000"));
        given().queryParam("region", "411081").when().get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", contains("邮储银行禹州市中心支行"));
    }

    @Test
    void services() {
        given().when().get("/api/v1/services/startup-guarantee-loan").then().statusCode(200)
                .body("name", equalTo("创业担保贷款"))
                .body("aliases", hasItems("创业贷款", "贴息贷款"))
                .body("organization.id", equalTo("xuchang-hrss"));
        given().queryParam("organization", "xuchang-hrss").when().get("/api/v1/services").then()
                .body("items.id", contains("startup-guarantee-loan"));
    }

    @Test
    void locationsCarryTheirWindows() {
        given().when().get("/api/v1/locations/xuchang-citizen-centre").then().statusCode(200)
                .body("name", equalTo("市民之家"))
                .body("windows", hasSize(1))
                .body("windows[0].floor", equalTo("一楼"))
                .body("windows[0].zone", equalTo("B区"))
                .body("windows[0].number", equalTo("118"))
                .body("windows[0].services.id", contains("startup-guarantee-loan"));
    }

    @Test
    void windowsByService() {
        given().queryParam("service", "startup-guarantee-loan").when().get("/api/v1/windows").then()
                .statusCode(200).body("items.place", contains("市民之家一楼B区118"));
    }

    @Test
    void hotlinesFilteredBySeveralCriteria() {
        given().queryParam("service", "startup-guarantee-loan").queryParam("organization", "xuchang-hrss")
                .when().get("/api/v1/hotlines").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.number", hasItems("0374-2620256", "0374-8297716", "0374-6165116", "0374-7163238",
                        "0374-3561966", "0374-5113011"));
        given().queryParam("status", "merged").when().get("/api/v1/hotlines").then()
                .body("items.number", contains("12369"));
        given().queryParam("type", "general").when().get("/api/v1/hotlines").then()
                .body("items.number", contains("12345"));
        given().queryParam("region", "411082").when().get("/api/v1/hotlines").then()
                .body("items.id", contains("startup-loan-changge"));
    }

    @Test
    void nationalHotlinesServeNationwide() {
        given().when().get("/api/v1/hotlines/national-12329").then().statusCode(200)
                .body("nationwide", equalTo(true))
                .body("kind", equalTo("short_number"))
                .body("services.id", hasItem("housing-provident-fund"));
    }

    @Test
    void unknownIdsAre404NamingWhatWasMissing() {
        given().when().get("/api/v1/organizations/nope").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No organization with id nope"));
        given().when().get("/api/v1/services/nope").then().statusCode(404).body("detail", equalTo("No service with id nope"));
        given().when().get("/api/v1/locations/nope").then().statusCode(404).body("detail", equalTo("No location with id nope"));
        given().when().get("/api/v1/windows/nope").then().statusCode(404).body("detail", equalTo("No window with id nope"));
        given().when().get("/api/v1/hotlines/nope").then().statusCode(404).body("detail", equalTo("No hotline with id nope"));
        given().queryParam("service", "nope").when().get("/api/v1/hotlines").then().statusCode(404);
        given().queryParam("status", "open").when().get("/api/v1/hotlines").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
