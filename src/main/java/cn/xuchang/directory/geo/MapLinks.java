package cn.xuchang.directory.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 地图链接 (map links) that open a phone's map app at a place: geo: (RFC 5870, WGS-84, what Android offers every map
 * app), 高德's marker page (opens the 高德 app where it is installed) and 百度's baidumap: scheme, each told the datum
 * the coordinates are in. Plain links: the page loads nothing from the map makers.
 */
@Schema(name = "MapLinks")
public record MapLinks(
        @Schema(maxLength = MapLinks.MAX, description = "geo: URI in WGS-84 (RFC 5870)", examples = "geo:34.035700,113.852300?q=34.035700,113.852300(%E5%B8%82%E6%B0%91%E4%B9%8B%E5%AE%B6)") String geo,
        @Schema(maxLength = MapLinks.MAX, description = "高德地图 marker page, with the datum of the coordinates", examples = "https://uri.amap.com/marker?position=113.852300,34.035700&name=%E5%B8%82%E6%B0%91%E4%B9%8B%E5%AE%B6&coordinate=gaode&callnative=1") String amap,
        @Schema(maxLength = MapLinks.MAX, description = "百度地图 app URI (baidumap:), with the datum of the coordinates", examples = "baidumap://map/marker?location=34.035700,113.852300&title=%E5%B8%82%E6%B0%91%E4%B9%8B%E5%AE%B6&content=%E5%B8%82%E6%B0%91%E4%B9%8B%E5%AE%B6&coord_type=gcj02&src=xuchang-directory") String baidu) {

    /** The longest link: a 200-character name, percent-encoded (9 characters each) twice in baidu's, and the rest. */
    public static final int MAX = 4000;

    /** The links for a place; null without coordinates. */
    public static MapLinks of(Coordinates c, String name) {
        if (c == null) {
            return null;
        }
        String label = URLEncoder.encode(name == null ? "" : name, StandardCharsets.UTF_8).replace("+", "%20");
        Coordinates wgs = c.toWgs84();
        String geo = "geo:" + six(wgs.latitude()) + "," + six(wgs.longitude()) + "?q=" + six(wgs.latitude()) + ","
                + six(wgs.longitude()) + "(" + label + ")";
        boolean gcj = c.datum() == Datum.GCJ02;
        String amap = "https://uri.amap.com/marker?position=" + six(c.longitude()) + "," + six(c.latitude()) + "&name="
                + label + "&coordinate=" + (gcj ? "gaode" : "wgs84") + "&callnative=1";
        String baidu = "baidumap://map/marker?location=" + six(c.latitude()) + "," + six(c.longitude()) + "&title=" + label
                + "&content=" + label + "&coord_type=" + (gcj ? "gcj02" : "wgs84") + "&src=xuchang-directory";
        return new MapLinks(geo, amap, baidu);
    }

    /**
     * Degrees with six decimals, as {@code String.format(Locale.ROOT, "%.6f", degrees)} writes them (the shortest
     * decimal of the double, rounded half up; a minus sign on anything below zero) without parsing a format for every
     * link of every answer.
     */
    static String six(double degrees) {
        if (!Double.isFinite(degrees)) {
            return String.format(Locale.ROOT, "%.6f", degrees);
        }
        String plain = BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).toPlainString();
        boolean negative = Double.compare(degrees, 0.0) < 0;
        return negative && plain.charAt(0) != '-' ? "-" + plain : plain;
    }
}
