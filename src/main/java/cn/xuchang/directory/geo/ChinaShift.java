package cn.xuchang.directory.geo;

/**
 * 火星坐标偏移 (the GCJ-02 shift): the published approximation of China's map datum, as open-source tools
 * (eviltransform, coordtransform; MIT) implement it, accurate to a few metres — enough to place a service centre.
 * GCJ-02 exists only inside China's bounding box; outside it, a point's GCJ-02 and WGS-84 coordinates are the same.
 */
final class ChinaShift {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    private ChinaShift() {
    }

    /** The box GCJ-02 is defined in (the tools' outOfChina test). */
    static boolean inChina(double latitude, double longitude) {
        return longitude >= 72.004 && longitude <= 137.8347 && latitude >= 0.8293 && latitude <= 55.8271;
    }

    /** WGS-84 to GCJ-02: {latitude, longitude}. */
    static double[] toGcj(double latitude, double longitude) {
        if (!inChina(latitude, longitude)) {
            return new double[] {latitude, longitude};
        }
        double[] d = delta(latitude, longitude);
        return new double[] {latitude + d[0], longitude + d[1]};
    }

    /** GCJ-02 to WGS-84 by iterating the forward shift until it lands on the point (under a millimetre). */
    static double[] toWgs(double latitude, double longitude) {
        if (!inChina(latitude, longitude)) {
            return new double[] {latitude, longitude};
        }
        double lat = latitude;
        double lon = longitude;
        for (int i = 0; i < 10; i++) {
            double[] g = toGcj(lat, lon);
            double dLat = g[0] - latitude;
            double dLon = g[1] - longitude;
            lat -= dLat;
            lon -= dLon;
            if (Math.abs(dLat) < 1e-9 && Math.abs(dLon) < 1e-9) {
                break;
            }
        }
        return new double[] {lat, lon};
    }

    private static double[] delta(double latitude, double longitude) {
        double x = longitude - 105.0;
        double y = latitude - 35.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
                + (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0
                + (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
                + (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
                + (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0
                + (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
                + (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = latitude / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLat, dLon};
    }
}
