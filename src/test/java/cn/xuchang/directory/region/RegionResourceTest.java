package cn.xuchang.directory.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegionResourceTest {

    @Test
    void countyLevelUnitsOfXuchangInCodeOrder() {
        given().queryParam("parent", "411000").when().get("/api/v1/regions").then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.name", contains("魏都区", "建安区", "鄢陵县", "襄城县", "许昌经济技术开发区", "禹州市", "长葛市"))
                .body("items.level", contains("district", "district", "county", "county", "function_area",
                        "county_level_city", "county_level_city"));
    }

    @Test
    void pagingCoversTheWholeList() {
        given().queryParam("size", 50).queryParam("page", 3).when().get("/api/v1/regions").then().statusCode(200)
                .body("total", equalTo(114))
                .body("totalPages", equalTo(3))
                .body("page", equalTo(3))
                .body("items", hasSize(14));
    }

    @Test
    void filterByLevel() {
        given().queryParam("level", "township").queryParam("parent", "411081").when().get("/api/v1/regions").then()
                .statusCode(200)
                .body("items.level", everyItem(equalTo("township")))
                .body("items.name", hasItem("磨街乡"));
    }

    @Test
    void oneRegionWithItsAncestorsRootFirst() {
        given().when().get("/api/v1/regions/411081204").then().statusCode(200)
                .body("region.name", equalTo("磨街乡"))
                .body("region.aliases", contains("磨街"))
                .body("region.pinyin", equalTo("mo jie xiang"))
                .body("ancestors.name", contains("河南省", "许昌市", "禹州市"))
                .body("children", hasSize(0));
    }

    @Test
    void aliasesAndPinyinOfTheDevelopmentZoneAndChangge() {
        given().when().get("/api/v1/regions/411071").then().statusCode(200)
                .body("region.aliases", hasItem("经开区"))
                .body("children.name", hasItem("长村张街道"));
        given().when().get("/api/v1/regions/411082000000").then().statusCode(200)
                .body("region.code", equalTo("411082"))
                .body("region.pinyin", equalTo("chang ge shi"))
                .body("region.aliases", contains("长葛"));
    }

    @Test
    void badFiltersAre400AndUnknownCodes404() {
        given().queryParam("level", "village").when().get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().queryParam("page", "abc").when().get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", "1000").when().get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("parent", "411099").when().get("/api/v1/regions").then().statusCode(404);
        given().when().get("/api/v1/regions/411099").then().statusCode(404)
                .body("detail", equalTo("No region with id 411099"));
    }
}
