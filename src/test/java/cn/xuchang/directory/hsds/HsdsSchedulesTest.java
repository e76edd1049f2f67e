package cn.xuchang.directory.hsds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.common.PartnerTestsProfile;
import cn.xuchang.directory.editing.Tokens;
import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.geo.Datum;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Parsed hours and coordinates in the HSDS export, with a fixture centre and window in 金桥路街道 (no source gives
 * real ones): one weekly schedule entry per open period, the calendar and season in notes, WGS-84 coordinates, and
 * the answer valid against the HSDS schemas.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class) // it creates a centre and a window, which lists and answers would show
class HsdsSchedulesTest {

    static final String HOURS = "工作日 上午8:30-12:00；夏季（5月1日-9月30日）下午15:00-18:00，冬季（10月1日-次年4月30日）下午14:30-17:30";

    @Test
    void windowsAndCentresWithHoursCarryTheirScheduleAndPlace() {
        String centre = given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8")
                .body(Map.of("name", "金桥路街道便民服务中心（测试）", "region", "411082004", "hours", HOURS,
                        "latitude", 34.1000, "longitude", 113.7500, "datum", "GCJ-02", "source", "测试数据"))
                .when().post("/api/v1/locations").then().statusCode(201).extract().path("id");
        String window = given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8")
                .body(Map.of("location", centre, "label", "创业担保贷款窗口（金桥路测试）",
                        "services", List.of("startup-guarantee-loan"), "source", "测试数据"))
                .when().post("/api/v1/windows").then().statusCode(201).extract().path("id");
        String id = HsdsTest.uuid5("window:" + window + ":startup-guarantee-loan");
        String json = given().when().get("/api/v1/hsds/service_at_locations/" + id).then().statusCode(200).extract()
                .asString();
        assertThat(HsdsSchemas.problems(HsdsSchemas.SERVICE_AT_LOCATION, json)).isEmpty();
        JsonPath at = JsonPath.from(json);
        assertThat(at.getList("schedules.opens_at")).containsExactly("08:30", "15:00", "14:30");
        assertThat(at.getList("schedules.closes_at")).containsExactly("12:00", "18:00", "17:30");
        assertThat(at.getList("schedules.byday")).containsOnly("MO,TU,WE,TH,FR");
        assertThat(at.getList("schedules.freq")).containsOnly("WEEKLY");
        assertThat(at.getList("schedules.service_at_location_id")).containsOnly(id);
        assertThat(at.getString("schedules[1].notes")).contains("法定节假日休息", "调休上班日开放", "夏季每年05-01至09-30");
        assertThat(at.getString("schedules[0].description")).isEqualTo(HOURS);
        Coordinates wgs = new Coordinates(34.1, 113.75, Datum.GCJ02).toWgs84();
        assertThat(at.getDouble("location.latitude")).isCloseTo(wgs.latitude(), within(1e-4));
        assertThat(at.getDouble("location.longitude")).isCloseTo(wgs.longitude(), within(1e-4));
        assertThat(json).as("six decimals, not float").contains("\"latitude\":" + Math.round(wgs.latitude() * 1e6) / 1e6);
        assertThat(at.getList("location.schedules.location_id")).containsOnly(at.getString("location_id"));
        Map<String, Object> listed = given().queryParam("per_page", 1000).when().get("/api/v1/hsds/service_at_locations")
                .then().statusCode(200).extract().jsonPath().param("id", id).getMap("contents.find { it.id == id }");
        String item;
        try {
            item = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(listed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        assertThat(HsdsSchemas.problems(HsdsSchemas.SERVICE_AT_LOCATION_LIST, item)).as(item).isEmpty();
        assertThat(item).contains("\"opens_at\":\"08:30\"");
    }
}
