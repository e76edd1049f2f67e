package cn.xuchang.directory.nearby;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.geo.Datum;
import cn.xuchang.directory.location.LocationView;

/**
 * The latitude bands answer exactly what the JTS STR-tree they replaced answered (same centres, same order, same
 * distances, same totals, page by page), on clustered random centres in and beyond China, near the edges of bands
 * and of the map.
 */
class NearIndexTest {

    record Reference(STRtree tree) {
        /** The former query: the tree read for the box, kept within the radius, all of it sorted. */
        List<NearIndex.Hit> within(Coordinates point, int radius) {
            Coordinates p = point.toWgs84();
            double dLat = radius / 111_195.0;
            double cos = Math.cos(Math.toRadians(p.latitude()));
            double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
            List<NearIndex.Hit> hits = new ArrayList<>();
            tree.query(new Envelope(p.longitude() - dLon, p.longitude() + dLon, p.latitude() - dLat, p.latitude() + dLat),
                    item -> {
                        Object[] e = (Object[]) item;
                        double metres = p.metresTo((Coordinates) e[1]);
                        if (metres <= radius) {
                            hits.add(new NearIndex.Hit((LocationView) e[0], metres));
                        }
                    });
            hits.sort(Comparator.comparingDouble(NearIndex.Hit::metres).thenComparing(h -> h.location().id()));
            return hits;
        }
    }

    @Test
    void answersWhatTheStrTreeAnswered() {
        Random random = new Random(13);
        int n = 20_000;
        LocationView[] locations = new LocationView[n];
        double[] latitudes = new double[n];
        double[] longitudes = new double[n];
        STRtree tree = new STRtree();
        double[][] clusters = new double[200][];
        for (int c = 0; c < clusters.length; c++) {
            clusters[c] = new double[] {18 + random.nextDouble() * 35, 74 + random.nextDouble() * 60};
        }
        clusters[0] = new double[] {89.99, 10};      // by the pole
        clusters[1] = new double[] {-10, 179.99};    // by the antimeridian
        clusters[2] = new double[] {34.0, 113.85};   // on a band edge
        for (int i = 0; i < n; i++) {
            double[] c = clusters[random.nextInt(clusters.length)];
            double lat = Math.max(-90, Math.min(90, c[0] + random.nextGaussian() * 0.05));
            double lon = Math.max(-180, Math.min(180, c[1] + random.nextGaussian() * 0.05));
            if (i % 50 == 0) {
                lat = Math.round(lat * 10) / 10.0; // exactly on a band edge
            }
            Coordinates wgs = new Coordinates(lat, lon, Datum.WGS84);
            // a few centres share a place, so ties are broken by id
            String id = "c" + (i % 7 == 0 ? i + 1 : i);
            locations[i] = location(id, wgs);
            latitudes[i] = lat;
            longitudes[i] = lon;
            tree.insert(new Envelope(lon, lon, lat, lat), new Object[] {locations[i], wgs});
        }
        tree.build();
        NearIndex.Built built = new NearIndex.Built(locations, latitudes, longitudes);
        Reference reference = new Reference(tree);
        int compared = 0;
        for (int q = 0; q < 2_000; q++) {
            double[] c = clusters[random.nextInt(clusters.length)];
            Coordinates point = new Coordinates(c[0] + random.nextGaussian() * 0.05,
                    Math.max(-180, Math.min(180, c[1] + random.nextGaussian() * 0.05)), Datum.WGS84);
            if (q % 3 == 0 && point.latitude() < 53 && point.latitude() > 18 && point.longitude() > 74 && point.longitude() < 134) {
                point = point.toGcj02();
            }
            int radius = List.of(1, 500, 2_000, 5_000, 10_000, 50_000).get(random.nextInt(6));
            List<NearIndex.Hit> expected = reference.within(point, radius);
            int size = 1 + random.nextInt(20);
            for (int page = 1; page <= 3; page++) {
                int from = Math.min(expected.size(), (page - 1) * size);
                NearIndex.Nearest actual = built.within(point, radius, (long) (page - 1) * size, size);
                assertThat(actual.total()).isEqualTo(expected.size());
                assertThat(actual.hits()).containsExactlyElementsOf(expected.subList(from, Math.min(expected.size(), from + size)));
                compared += actual.hits().size();
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void anEmptyDirectoryHasNothingNear() {
        NearIndex.Built built = new NearIndex.Built(new LocationView[0], new double[0], new double[0]);
        assertThat(built.within(new Coordinates(34, 113, Datum.WGS84), 50_000, 0, 10))
                .isEqualTo(new NearIndex.Nearest(List.of(), 0));
    }

    static LocationView location(String id, Coordinates c) {
        return new LocationView(id, id, null, c.latitude(), c.longitude(), c.datum().text(), null, null, null, null, null,
                null, null, List.of(), false, "test", null, 0, null);
    }
}
