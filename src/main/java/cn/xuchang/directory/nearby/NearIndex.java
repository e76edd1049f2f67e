package cn.xuchang.directory.nearby;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.location.LocationView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * 场所空间索引 (the centres' spatial index): an STR-tree (JTS) over the WGS-84 position of every centre in service
 * that has coordinates, built once per snapshot; a query reads the tree for the box around the circle, then keeps
 * what lies within the radius on the sphere.
 */
@ApplicationScoped
public class NearIndex implements SnapshotDerivation<NearIndex.Built> {

    /** Metres per degree of latitude (mean earth radius). */
    private static final double METRES_PER_DEGREE = 111_195.0;

    /** A centre and how far it is, in metres. */
    public record Hit(LocationView location, double metres) {
    }

    /** The tree of one snapshot; read-only once built, so any number of requests query it at once. */
    public static final class Built {
        private final STRtree tree;
        private final int size;

        Built(STRtree tree, int size) {
            this.tree = tree;
            this.size = size;
        }

        /** How many centres have coordinates. */
        public int size() {
            return size;
        }

        /** The centres within {@code radius} metres of the point, nearest first, then by id. */
        public List<Hit> within(Coordinates point, int radius) {
            Coordinates p = point.toWgs84();
            double dLat = radius / METRES_PER_DEGREE;
            double cos = Math.cos(Math.toRadians(p.latitude()));
            double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
            Envelope box = new Envelope(p.longitude() - dLon, p.longitude() + dLon, p.latitude() - dLat,
                    p.latitude() + dLat);
            List<Hit> hits = new ArrayList<>();
            tree.query(box, item -> {
                Entry e = (Entry) item;
                double metres = p.metresTo(e.wgs84());
                if (metres <= radius) {
                    hits.add(new Hit(e.location(), metres));
                }
            });
            hits.sort(Comparator.comparingDouble(Hit::metres).thenComparing(h -> h.location().id()));
            return hits;
        }
    }

    private record Entry(LocationView location, Coordinates wgs84) {
    }

    @Override
    public Class<Built> type() {
        return Built.class;
    }

    @Override
    public Built derive(DirectorySnapshot snapshot) {
        STRtree tree = new STRtree();
        int size = 0;
        for (LocationView l : snapshot.locations()) {
            Coordinates c = l.coordinates();
            if (c != null) {
                Coordinates wgs = c.toWgs84();
                tree.insert(new Envelope(wgs.longitude(), wgs.longitude(), wgs.latitude(), wgs.latitude()),
                        new Entry(l, wgs));
                size++;
            }
        }
        tree.build();
        return new Built(tree, size);
    }
}
