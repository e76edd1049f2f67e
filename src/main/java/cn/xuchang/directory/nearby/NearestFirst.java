package cn.xuchang.directory.nearby;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * 就近排序 (nearest first, bounded): counts every centre offered and keeps only the nearest {@code limit} of them
 * (ties by id), in a heap whose top is the farthest kept, so a page costs its own size rather than the whole radius.
 */
final class NearestFirst {

    static final Comparator<NearIndex.Hit> ORDER = NearestFirst::compare;

    private final int limit;
    private final PriorityQueue<NearIndex.Hit> farthestOnTop;
    private int total;

    NearestFirst(int limit) {
        this.limit = limit;
        this.farthestOnTop = new PriorityQueue<>(Math.min(limit, 64) + 1, ORDER.reversed());
    }

    void offer(NearIndex.Hit hit) {
        total++;
        if (farthestOnTop.size() < limit) {
            farthestOnTop.add(hit);
        } else if (limit > 0 && ORDER.compare(hit, farthestOnTop.peek()) < 0) {
            farthestOnTop.poll();
            farthestOnTop.add(hit);
        }
    }

    /** Nearer first, then by id; written out, as this runs for every centre in the radius. */
    private static int compare(NearIndex.Hit a, NearIndex.Hit b) {
        int byDistance = Double.compare(a.metres(), b.metres());
        return byDistance != 0 ? byDistance : a.location().id().compareTo(b.location().id());
    }

    /** How many were offered. */
    int total() {
        return total;
    }

    /** The kept ones, nearest first. */
    List<NearIndex.Hit> nearest() {
        List<NearIndex.Hit> kept = new ArrayList<>(farthestOnTop);
        kept.sort(ORDER);
        return kept;
    }
}
