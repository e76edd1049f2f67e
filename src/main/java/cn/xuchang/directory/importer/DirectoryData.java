package cn.xuchang.directory.importer;

import java.util.List;
import java.util.Map;

import cn.xuchang.directory.record.KindRecord;
import cn.xuchang.directory.region.RegionLevel;

/**
 * The whole of data/, read and checked: every reference resolves, every code is normalized and every
 * number in its display form. Records by kind name, in the order kinds are inserted, each list in an
 * order that can be inserted as is (parents before children).
 */
public record DirectoryData(List<RegionData> regions, Map<String, List<? extends KindRecord>> records) {

    /** A region with its finer level, derived short names and pinyin; {@code namesSource} cites region-names.yaml. */
    public record RegionData(String code, String name, RegionLevel level, String parentCode, String pinyin,
            List<String> aliases, String source, String namesSource) {
    }

    /** The checked records of one kind. */
    @SuppressWarnings("unchecked")
    public <R extends KindRecord> List<R> records(String kind) {
        return (List<R>) records.getOrDefault(kind, List.of());
    }

    public int size() {
        return regions.size() + records.values().stream().mapToInt(List::size).sum();
    }
}
