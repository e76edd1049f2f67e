package cn.xuchang.directory.nearby;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.xuchang.directory.common.PartnerTestsProfile;
import cn.xuchang.directory.editing.Tokens;
import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.geo.Datum;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Coordinates through the write API and near, with fixture centres in 长葛市 (no source gives real coordinates): written
 * with their datum, refused when out of range or of an unknown datum, answered nearest first with the distance, within
 * the radius, and the same place found whichever datum it was given in.
 */
@QuarkusTest
@TestProfile(PartnerTestsProfile.class) // it creates centres, which lists would show
public class NearbyLocationsTest {

    static final String REGION = "411082";
    static final Map<Class<?>, Map<String, String>> FIXTURES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Where the fixture in GCJ-02 really is (WGS-84). */
    static final Coordinates D_WGS = new Coordinates(34.2500, 113.8000, Datum.WGS84);
    static final Coordinates D_GCJ = D_WGS.toGcj02();
    Map<String, String> ids;

    @BeforeEach
    void createFixturesOnce() {
        ids = FIXTURES.get(getClass());
        if (ids != null) {
            return;
        }
        ids = new HashMap<>();
        ids.put("A", create("近处A（测试）", 34.2200, 113.7700, "WGS-84"));
        ids.put("B", create("近处B（测试）", 34.2300, 113.7700, "WGS-84"));
        ids.put("C", create("远处C（测试）", 34.2500, 113.7700, "wgs84"));
        ids.put("D", create("高德坐标D（测试）", D_GCJ.latitude(), D_GCJ.longitude(), "GCJ-02"));
        FIXTURES.put(getClass(), ids);
    }

    static String create(String name, double latitude, double longitude, String datum) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8")
                .body(Map.of("name", name, "region", REGION, "latitude", latitude, "longitude", longitude,
                        "datum", datum, "hours", "工作日 上午8:30-12:00 下午14:30-17:30", "source", "测试数据"))
                .when().post("/api/v1/locations").then().statusCode(201)
                .body("latitude", equalTo((float) latitude)).body("datum", equalTo(datum.equals("wgs84") ? "WGS-84" : datum))
                .extract().path("id");
    }

    static ValidatableResponse near(String query) {
        return given().when().get("/api/v1/locations?" + query).then();
    }

    @Test
    void nearestFirstWithTheDistanceWithinTheRadius() {
        near("near=34.2200,113.7700&radius=3000").statusCode(200)
                .body("items.id", contains(ids.get("A"), ids.get("B")))
                .body("items.distance", contains(0, 1112))
                .body("total", equalTo(2))
                .body("items[0].open.today", org.hamcrest.Matchers.notNullValue())
                .body("items[0].windows", org.hamcrest.Matchers.empty());
        near("near=34.2200,113.7700&radius=4000").statusCode(200)
                .body("items.id", contains(ids.get("A"), ids.get("B"), ids.get("C")))
                .body("items.distance", contains(0, 1112, 3336));
        near("near=34.2410,113.7700&radius=1300").statusCode(200)
                .body("items.id", contains(ids.get("C"), ids.get("B"))).body("items.distance", contains(1001, 1223));
        near("near=34.2200,113.7700&radius=4000&size=1&page=2").statusCode(200)
                .body("items.id", contains(ids.get("B"))).body("total", equalTo(3));
        near("near=0,0").statusCode(200).body("items", org.hamcrest.Matchers.empty()).body("total", equalTo(0));
    }

    @Test
    void aCentresWindowsAreInItsNearAnswerAsSoonAsOneIsAdded() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8")
                .body(Map.of("location", ids.get("C"), "label", "综合受理窗口（测试）", "source", "测试数据"))
                .when().post("/api/v1/windows").then().statusCode(201);
        near("near=34.2500,113.7700&radius=10").statusCode(200)
                .body("items.id", contains(ids.get("C")))
                .body("items[0].windows.label", contains("综合受理窗口（测试）"));
    }

    @Test
    void theSamePlaceWhicheverDatumItIsGivenIn() {
        // D is stored in GCJ-02; asked about in WGS-84 (a phone's GPS) it is where it really is.
        near("near=" + D_WGS.latitude() + "," + D_WGS.longitude() + "&radius=100").statusCode(200)
                .body("items.id", contains(ids.get("D"))).body("items[0].distance", equalTo(0))
                .body("items[0].datum", equalTo("GCJ-02"));
        near("near=" + D_GCJ.latitude() + "," + D_GCJ.longitude() + "&datum=gcj02&radius=100").statusCode(200)
                .body("items.id", contains(ids.get("D"))).body("items[0].distance", equalTo(0));
        // The GCJ-02 numbers read as WGS-84 are hundreds of metres off: never mixed silently.
        int off = near("near=" + D_GCJ.latitude() + "," + D_GCJ.longitude() + "&radius=2000").statusCode(200)
                .body("items.id", hasItem(ids.get("D"))).extract().path("items.find { it.id == '" + ids.get("D") + "' }.distance");
        assertThat(off).isBetween(200, 800);
    }

    @Test
    void badPointsRadiiAndDatumsAre400NamingTheParameter() {
        for (String[] bad : List.of(new String[] {"near=abc", "near"}, new String[] {"near=91,113", "near"},
                new String[] {"near=34.2,181", "near"}, new String[] {"near=34.2", "near"},
                new String[] {"near=34.2,113.7&radius=0", "radius"}, new String[] {"near=34.2,113.7&radius=50001", "radius"},
                new String[] {"near=34.2,113.7&radius=far", "radius"}, new String[] {"near=34.2,113.7&datum=bd09", "datum"},
                new String[] {"near=48.85,2.35&datum=gcj02", "datum"}, new String[] {"radius=100", "radius"},
                new String[] {"datum=gcj02", "datum"}, new String[] {"near=34.2,113.7&region=411082", "region"})) {
            near(bad[0]).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
        near("near=34.2200，113.7700").statusCode(200).body("items[0].id", equalTo(ids.get("A")));
    }

    @Test
    void coordinatesAreCheckedOnWriteNamingTheField() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "坐标有误（测试）", "region", REGION, "source", "测试数据",
                "latitude", 91, "longitude", 113.77, "datum", "WGS-84"));
        write(body).body("errors.field", contains("latitude")).body("errors[0].message", containsString("between -90 and 90"));
        body.put("latitude", 34.22);
        body.put("datum", "BD-09");
        write(body).body("errors.field", contains("datum")).body("errors[0].message", containsString("WGS-84 or GCJ-02"));
        body.remove("datum");
        write(body).body("errors.field", contains("datum")).body("errors[0].message", containsString("go together"));
        body.putAll(Map.of("latitude", 48.8566, "longitude", 2.3522, "datum", "GCJ-02"));
        write(body).body("errors.field", contains("datum")).body("errors[0].message", containsString("only inside China"));
    }

    static ValidatableResponse write(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json; charset=utf-8").body(body)
                .when().post("/api/v1/locations").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void movedCentresMoveInNearAndTheirHistoryAndExport() {
        String id = create("搬迁E（测试）", 34.3000, 113.9000, "WGS-84");
        near("near=34.3000,113.9000&radius=100").body("items.id", contains(id));
        String etag = given().when().get("/api/v1/locations/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"latitude\":34.3100}").when().patch("/api/v1/locations/" + id).then().statusCode(200)
                .body("latitude", equalTo(34.31f)).body("longitude", equalTo(113.9f));
        near("near=34.3000,113.9000&radius=100").body("items.id", not(hasItem(id)));
        near("near=34.3100,113.9000&radius=100").body("items.id", contains(id));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/locations/" + id + "/history").then().statusCode(200)
                .body("[1].changes.field", contains("latitude")).body("[1].changes[0].to", equalTo(34.31f));
        String yaml = given().when().get("/api/v1/export/locations.yaml").then().statusCode(200).extract().asString();
        assertThat(yaml).contains("latitude: 34.31\n", "longitude: 113.9\n", "datum: WGS-84\n", "datum: GCJ-02\n");
        given().auth().oauth2(Tokens.admin()).header("If-Match", given().when().get("/api/v1/locations/" + id).header("ETag"))
                .when().post("/api/v1/locations/" + id + "/retire").then().statusCode(200);
        near("near=34.3100,113.9000&radius=100").body("items.id", not(hasItem(id)));
        near("near=34.3000,113.9000&radius=100000").statusCode(400);
        near("near=34.22,113.77&radius=10").body("items[0].distance", lessThan(1));
    }
}
