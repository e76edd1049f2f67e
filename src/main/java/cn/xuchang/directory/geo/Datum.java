package cn.xuchang.directory.geo;

import java.util.Locale;
import java.util.Optional;

/**
 * 坐标系 (geodetic datum) of a pair of coordinates: WGS-84, what GPS and the browser give, or GCJ-02, the shifted
 * datum China's map apps (高德, 腾讯; 百度's BD-09 sits on top of it) publish. A coordinate never travels without it.
 */
public enum Datum {
    WGS84("WGS-84"),
    GCJ02("GCJ-02");

    private final String text;

    Datum(String text) {
        this.text = text;
    }

    /** As stored, exported and shown: WGS-84 or GCJ-02. */
    public String text() {
        return text;
    }

    /** WGS-84, wgs84, GCJ-02, gcj02 (any case, with or without the hyphen); empty for anything else. */
    public static Optional<Datum> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String key = raw.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (key) {
            case "WGS84" -> Optional.of(WGS84);
            case "GCJ02" -> Optional.of(GCJ02);
            default -> Optional.empty();
        };
    }
}
