package cn.xuchang.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Map links: the degrees in them are written exactly as the format they replaced, and the links as before. */
class MapLinksTest {

    @Test
    void degreesAreWrittenAsStringFormatWritesThem() {
        double[] edges = {0.0, -0.0, 1e-7, -1e-7, 5e-7, -5e-7, 4.9999999e-7, 34.0000005, 34.0000015, 113.1234565,
            -113.1234565, 179.9999995, -179.9999995, 90, -90, 180, -180, 34.0357, 113.8523, 0.1 + 0.2, 1e-300,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : edges) {
            assertThat(MapLinks.six(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.6f", d));
        }
        SplittableRandom random = new SplittableRandom(2026_12_07);
        for (int i = 0; i < 200_000; i++) {
            double d = random.nextDouble(-180, 180);
            double onAHalf = Math.round(d * 1e6) / 1e6 + 5e-7; // on the rounding edge, as data with 7 decimals is
            assertThat(MapLinks.six(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.6f", d));
            assertThat(MapLinks.six(onAHalf)).as("%s", onAHalf).isEqualTo(String.format(Locale.ROOT, "%.6f", onAHalf));
        }
    }

    @Test
    void theCitizenCentresLinksNameItsPlaceInBothDatums() {
        MapLinks links = MapLinks.of(new Coordinates(34.0357, 113.8523, Datum.GCJ02), "市民之家");
        assertThat(links.amap()).isEqualTo("https://uri.amap.com/marker?position=113.852300,34.035700"
                + "&name=%E5%B8%82%E6%B0%91%E4%B9%8B%E5%AE%B6&coordinate=gaode&callnative=1");
        assertThat(links.baidu()).startsWith("baidumap://map/marker?location=34.035700,113.852300&title=");
        assertThat(links.geo()).startsWith("geo:").contains("(%E5%B8%82%E6%B0%91%E4%B9%8B%E5%AE%B6)");
    }
}
