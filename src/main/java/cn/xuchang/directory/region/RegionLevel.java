package cn.xuchang.directory.region;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.xuchang.directory.common.WireNames;

/** 行政级别 (administrative level) of a region, finer than the city / county / township tiers. */
public enum RegionLevel {
    PROVINCE,
    CITY,
    DISTRICT,
    COUNTY,
    COUNTY_LEVEL_CITY,
    FUNCTION_AREA,
    SUBDISTRICT,
    TOWN,
    TOWNSHIP;

    /**
     * Classifies a division by its code and name, following the NBS coding rules: county-tier codes
     * 71-80 are function areas (经开区), township-tier codes 001-099 streets (街道), 100-199 towns
     * (镇), 200-399 townships (乡) and 400-599 function-area units (e.g. 东城区); the name's suffix wins
     * where it is explicit.
     */
    public static RegionLevel classify(String code, String name) {
        return switch (code.length()) {
            case 6 -> code.endsWith("0000") ? PROVINCE : code.endsWith("00") ? CITY : countyTier(code, name);
            case 9 -> townshipTier(code, name);
            default -> throw new IllegalArgumentException("not a normalized region code: " + code);
        };
    }

    private static RegionLevel countyTier(String code, String name) {
        int serial = Integer.parseInt(code.substring(4, 6));
        if (serial >= 71 && serial <= 80) {
            return FUNCTION_AREA;
        }
        if (name.endsWith("县")) {
            return COUNTY;
        }
        if (name.endsWith("市")) {
            return COUNTY_LEVEL_CITY;
        }
        return DISTRICT;
    }

    private static RegionLevel townshipTier(String code, String name) {
        if (name.endsWith("街道")) {
            return SUBDISTRICT;
        }
        if (name.endsWith("镇")) {
            return TOWN;
        }
        if (name.endsWith("乡")) {
            return TOWNSHIP;
        }
        int serial = Integer.parseInt(code.substring(6, 9));
        if (serial < 100) {
            return SUBDISTRICT;
        }
        if (serial < 200) {
            return TOWN;
        }
        return serial < 400 ? TOWNSHIP : FUNCTION_AREA;
    }

    @JsonValue
    public String wire() {
        return WireNames.of(this);
    }
}
