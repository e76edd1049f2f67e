package cn.xuchang.directory.nearby;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * 纬度带 (latitude bands): points as plain arrays, cut into bands a tenth of a degree of latitude tall and sorted by
 * longitude inside each, so that a box is read as a few binary searches and short scans. A handful of arrays rather
 * than an object per point: cheap to build, to read and for the collector to keep.
 */
final class LatitudeBands {

    /** Band height in degrees: about 11 km, so a 2–10 km question reads two or three bands. */
    private static final double BAND_DEGREES = 0.1;
    private static final int BANDS = (int) Math.round(180 / BAND_DEGREES);

    /** Reads the index (into the arrays given to {@link #of}) of each point found. */
    interface Visitor {
        void visit(int item);
    }

    private final double[] latitudes;
    private final double[] longitudes;
    private final int[] items;
    /** Where each band begins in the arrays; band b is [bandStart[b], bandStart[b + 1]). */
    private final int[] bandStart;

    private LatitudeBands(double[] latitudes, double[] longitudes, int[] items, int[] bandStart) {
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.items = items;
        this.bandStart = bandStart;
    }

    /** The bands over the points {@code i} (WGS-84 degrees), {@code 0 <= i < latitudes.length}. */
    static LatitudeBands of(double[] latitudes, double[] longitudes) {
        int n = latitudes.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> band(latitudes[i]))
                .thenComparingDouble(i -> longitudes[i]).thenComparingInt(i -> i));
        double[] lat = new double[n];
        double[] lon = new double[n];
        int[] item = new int[n];
        int[] start = new int[BANDS + 1];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            lat[k] = latitudes[i];
            lon[k] = longitudes[i];
            item[k] = i;
            start[band(latitudes[i]) + 1]++;
        }
        for (int b = 0; b < BANDS; b++) {
            start[b + 1] += start[b];
        }
        return new LatitudeBands(lat, lon, item, start);
    }

    /** Visits every point inside the box, edges included (longitudes are not wrapped at ±180). */
    void forEachIn(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude, Visitor visitor) {
        for (int b = band(minLatitude); b <= band(maxLatitude); b++) {
            for (int k = firstAtOrEast(bandStart[b], bandStart[b + 1], minLongitude);
                    k < bandStart[b + 1] && longitudes[k] <= maxLongitude; k++) {
                if (latitudes[k] >= minLatitude && latitudes[k] <= maxLatitude) {
                    visitor.visit(items[k]);
                }
            }
        }
    }

    /** The first position in [from, to) whose longitude is at least {@code longitude}; {@code to} when none is. */
    private int firstAtOrEast(int from, int to, double longitude) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (longitudes[mid] < longitude) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int band(double latitude) {
        return Math.max(0, Math.min(BANDS - 1, (int) Math.floor((latitude + 90) / BAND_DEGREES)));
    }
}
