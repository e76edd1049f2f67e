package cn.xuchang.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Coordinates: the datum shift both ways, distances, and the checks a location's coordinates pass. */
class CoordinatesTest {

    @Test
    void wgs84ShiftsToGcj02AsTheMapToolsDo() {
        // coordtransform's README: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164]
        Coordinates gcj = new Coordinates(39.915, 116.404, Datum.WGS84).toGcj02();
        assertThat(gcj.latitude()).isCloseTo(39.91640428150164, within(1e-9));
        assertThat(gcj.longitude()).isCloseTo(116.41024449916938, within(1e-9));
        assertThat(gcj.datum()).isEqualTo(Datum.GCJ02);
    }

    @Test
    void gcj02ShiftsBackWithinAMillimetre() {
        Coordinates wgs = new Coordinates(34.0357, 113.8523, Datum.WGS84);
        Coordinates back = wgs.toGcj02().toWgs84();
        assertThat(back.metresTo(wgs)).isLessThan(0.001);
        assertThat(wgs.metresTo(new Coordinates(wgs.toGcj02().latitude(), wgs.toGcj02().longitude(), Datum.WGS84)))
                .as("the shift around Xuchang, were GCJ-02 read as WGS-84").isBetween(200.0, 800.0);
        assertThat(wgs.metresTo(wgs.toGcj02())).as("the same point in either datum").isLessThan(0.001);
    }

    @Test
    void outsideChinaGcj02IsWgs84() {
        Coordinates paris = new Coordinates(48.8566, 2.3522, Datum.WGS84);
        assertThat(paris.toGcj02().latitude()).isEqualTo(48.8566);
    }

    @Test
    void distancesOnTheSphere() {
        Coordinates a = new Coordinates(34.0, 113.8, Datum.WGS84);
        assertThat(a.metresTo(new Coordinates(34.01, 113.8, Datum.WGS84))).isCloseTo(1112, within(1.0));
        assertThat(a.metresTo(new Coordinates(34.0, 113.81, Datum.WGS84))).isCloseTo(922, within(1.0));
    }

    @Test
    void checksNameTheField() {
        assertThat(Coordinates.problems(null, null, null)).isEmpty();
        assertThat(Coordinates.problems(34.0, 113.8, "GCJ-02")).isEmpty();
        assertThat(Coordinates.problems(34.0, 113.8, "wgs84")).isEmpty();
        assertThat(Coordinates.problems(91.0, 113.8, "WGS-84")).containsOnlyKeys("latitude");
        assertThat(Coordinates.problems(34.0, -181.0, "WGS-84")).containsOnlyKeys("longitude");
        assertThat(Coordinates.problems(34.0, 113.8, null)).containsOnlyKeys("datum");
        assertThat(Coordinates.problems(34.0, null, "WGS-84")).containsOnlyKeys("longitude");
        assertThat(Coordinates.problems(34.0, 113.8, "BD-09").get("datum")).contains("WGS-84 or GCJ-02");
        assertThat(Coordinates.problems(48.8566, 2.3522, "GCJ-02").get("datum")).contains("only inside China");
        assertThat(Coordinates.problems(Double.NaN, 113.8, "WGS-84")).containsOnlyKeys("latitude");
    }
}
