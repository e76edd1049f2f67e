package cn.xuchang.directory.geo;

import java.util.LinkedHashMap;
import java.util.Map;

/** 坐标 (coordinates): a point with the datum it is given in; distances are reckoned on WGS-84. */
public record Coordinates(double latitude, double longitude, Datum datum) {

    /** Mean earth radius (IUGG), metres. */
    static final double EARTH_RADIUS = 6_371_008.8;

    /** The same point in WGS-84 (GCJ-02 is shifted back; a few metres of error remain). */
    public Coordinates toWgs84() {
        if (datum == Datum.WGS84) {
            return this;
        }
        double[] wgs = ChinaShift.toWgs(latitude, longitude);
        return new Coordinates(wgs[0], wgs[1], Datum.WGS84);
    }

    /** The same point in GCJ-02, what 高德 and other Chinese map apps expect. */
    public Coordinates toGcj02() {
        if (datum == Datum.GCJ02) {
            return this;
        }
        double[] gcj = ChinaShift.toGcj(latitude, longitude);
        return new Coordinates(gcj[0], gcj[1], Datum.GCJ02);
    }

    /** Great-circle distance in metres (haversine), both points taken to WGS-84 first. */
    public double metresTo(Coordinates other) {
        Coordinates a = toWgs84();
        Coordinates b = other.toWgs84();
        return metres(a.latitude, a.longitude, b.latitude, b.longitude);
    }

    /**
     * Great-circle distance in metres (haversine) between two WGS-84 points given as degrees: what {@link #metresTo}
     * reckons, for a caller that keeps many points as plain numbers.
     */
    public static double metres(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
        double dLat = Math.toRadians(latitudeB - latitudeA);
        double dLon = Math.toRadians(longitudeB - longitudeA);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitudeA))
                * Math.cos(Math.toRadians(latitudeB)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * What is wrong with these three values as a location's coordinates, by field (latitude, longitude, datum):
     * all three or none; numbers in range; a datum this service knows; GCJ-02 only where it exists (inside China).
     * Empty when they are fine, or all absent.
     */
    public static Map<String, String> problems(Double latitude, Double longitude, String datum) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (latitude == null && longitude == null && datum == null) {
            return problems;
        }
        String together = "latitude, longitude and datum go together: give all three or none";
        if (latitude == null) {
            problems.put("latitude", together);
        } else if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            problems.put("latitude", "must be between -90 and 90 degrees (north positive), not " + latitude);
        }
        if (longitude == null) {
            problems.put("longitude", together);
        } else if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            problems.put("longitude", "must be between -180 and 180 degrees (east positive), not " + longitude);
        }
        if (datum == null) {
            problems.put("datum", together + " (WGS-84 for GPS, GCJ-02 for coordinates from a Chinese map app)");
        } else if (Datum.parse(datum).isEmpty()) {
            problems.put("datum", "must be WGS-84 or GCJ-02, not '" + datum + "'");
        } else if (problems.isEmpty() && Datum.parse(datum).get() == Datum.GCJ02 && !ChinaShift.inChina(latitude, longitude)) {
            problems.put("datum", "GCJ-02 exists only inside China; " + latitude + ", " + longitude + " is outside it");
        }
        return problems;
    }

    /** The coordinates of a record whose values passed {@link #problems}; null when it has none. */
    public static Coordinates of(Double latitude, Double longitude, String datum) {
        if (latitude == null || longitude == null || datum == null) {
            return null;
        }
        return Datum.parse(datum).map(d -> new Coordinates(latitude, longitude, d)).orElse(null);
    }
}
