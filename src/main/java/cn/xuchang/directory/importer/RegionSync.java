package cn.xuchang.directory.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import cn.xuchang.directory.region.Region;

/** Brings the region table in line with data/: regions follow the files alone (the API does not edit them). */
final class RegionSync {

    private RegionSync() {
    }

    /** Creates and updates regions, parents before children (the order regions.csv must have). */
    static void apply(List<DirectoryData.RegionData> data) {
        Map<String, Region> regions = new HashMap<>();
        Region.<Region>streamAll().forEach(r -> regions.put(r.code, r));
        for (DirectoryData.RegionData d : data) {
            Region r = regions.computeIfAbsent(d.code(), code -> {
                Region created = new Region();
                created.code = code;
                return created;
            });
            r.name = d.name();
            r.level = d.level();
            r.parent = d.parentCode() == null ? null : regions.get(d.parentCode());
            r.pinyin = d.pinyin();
            if (!r.aliases.equals(d.aliases())) {
                r.aliases.clear();
                r.aliases.addAll(d.aliases());
            }
            r.source = d.source();
            r.namesSource = d.namesSource();
            r.persist();
        }
    }

    /** Deletes the regions the files dropped, children first; returns how many. */
    static int deleteGone(List<DirectoryData.RegionData> data, EntityManager em) {
        Set<String> kept = new HashSet<>();
        data.forEach(r -> kept.add(r.code()));
        List<Region> gone = new ArrayList<>(Region.<Region>listAll());
        gone.removeIf(r -> kept.contains(r.code));
        gone.sort(Comparator.comparing((Region r) -> r.code.length()).reversed());
        for (Region r : gone) {
            r.delete();
            em.flush();
        }
        return gone.size();
    }
}
