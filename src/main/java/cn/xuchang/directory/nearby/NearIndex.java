package cn.xuchang.directory.nearby;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.location.LocationView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * 场所空间索引 (the centres' spatial index): every centre in service that has coordinates, with its windows in
 * service, and its WGS-84 position in {@link LatitudeBands}, built once per snapshot; a query reads the bands for the
 * box around the circle, keeps what lies within the radius on the sphere, and sorts only as many as the page needs.
 */
@ApplicationScoped
public class NearIndex implements SnapshotDerivation<NearIndex.Built> {

    /** Metres per degree of latitude (mean earth radius). */
    private static final double METRES_PER_DEGREE = 111_195.0;

    /** A centre and how far it is, in metres. */
    public record Hit(LocationView location, double metres) {
    }

    /** Some of the centres within the radius, nearest first (then by id), and how many there are in all. */
    public record Nearest(List<Hit> hits, int total) {
    }

    /** The index of one snapshot; read-only once built, so any number of requests query it at once. */
    public static final class Built {
        private final LocationView[] locations;
        private final double[] latitudes;
        private final double[] longitudes;
        private final LatitudeBands bands;

        Built(LocationView[] locations, double[] latitudes, double[] longitudes) {
            this.locations = locations;
            this.latitudes = latitudes;
            this.longitudes = longitudes;
            this.bands = LatitudeBands.of(latitudes, longitudes);
        }

        /** How many centres have coordinates. */
        public int size() {
            return locations.length;
        }

        /**
         * The centres within {@code radius} metres of the point, nearest first, then by id: those from position
         * {@code from} (0-based), at most {@code count} of them, with how many lie within the radius in all.
         */
        public Nearest within(Coordinates point, int radius, long from, int count) {
            Coordinates p = point.toWgs84();
            double dLat = radius / METRES_PER_DEGREE;
            double cos = Math.cos(Math.toRadians(p.latitude()));
            double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
            NearestFirst nearest = new NearestFirst((int) Math.min(Integer.MAX_VALUE, from + count));
            bands.forEachIn(p.latitude() - dLat, p.latitude() + dLat, p.longitude() - dLon, p.longitude() + dLon, i -> {
                double metres = Coordinates.metres(p.latitude(), p.longitude(), latitudes[i], longitudes[i]);
                if (metres <= radius) {
                    nearest.offer(new Hit(locations[i], metres));
                }
            });
            List<Hit> kept = nearest.nearest();
            return new Nearest(kept.subList((int) Math.min(kept.size(), from), kept.size()), nearest.total());
        }
    }

    @Override
    public Class<Built> type() {
        return Built.class;
    }

    @Override
    public Built derive(DirectorySnapshot snapshot) {
        List<LocationView> located = new ArrayList<>();
        List<Coordinates> positions = new ArrayList<>();
        for (LocationView l : snapshot.locations()) {
            Coordinates c = l.coordinates();
            if (c != null) {
                located.add(l.withWindows(snapshot.windowsAt(l.id()))); // found once here, not on every answer
                positions.add(c.toWgs84());
            }
        }
        double[] latitudes = positions.stream().mapToDouble(Coordinates::latitude).toArray();
        double[] longitudes = positions.stream().mapToDouble(Coordinates::longitude).toArray();
        return new Built(located.toArray(LocationView[]::new), latitudes, longitudes);
    }
}
