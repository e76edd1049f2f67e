package cn.xuchang.directory.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.record.DataProblem;
import cn.xuchang.directory.record.KindRecord;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.record.References;

/**
 * The data/ folder read and checked as one whole: regions first, then every kind's entries — their ids
 * collected before any reference is checked, so records may refer to each other in any order.
 */
@ApplicationScoped
public class DataDirectory {

    private final Kinds kinds;

    public DataDirectory(Kinds kinds) {
        this.kinds = kinds;
    }

    /** Reads and checks every file; throws with all problems found, so a broken folder never half-loads. */
    public DirectoryData read(Path dir) {
        List<DataProblem> problems = new ArrayList<>();
        DataFileReader reader = new DataFileReader(dir, problems);
        FolderReferences references = new FolderReferences();
        RecordRules rules = new RecordRules(problems, references);
        RegionRows regionRows = new RegionRows(rules);
        references.regions = regionRows.codes();
        var regions = regionRows.check(reader.csv(RegionRows.REGIONS, RegionRows.RegionRow.class, "code"),
                reader.yaml(RegionRows.REGION_NAMES, RegionRows.RegionNames.class));
        List<Entries<?>> entries = new ArrayList<>();
        for (RecordKind<?, ?> kind : kinds.all()) {
            entries.add(Entries.read(kind, reader, rules, references));
        }
        Map<String, List<? extends KindRecord>> records = new LinkedHashMap<>();
        entries.forEach(e -> records.put(e.kind().name(), e.checked(rules)));
        if (!problems.isEmpty()) {
            throw new DataLoadException(problems);
        }
        return new DirectoryData(regions, records);
    }

    /** The entries whose id is a new slug; every id is known to references, duplicates included. */
    private static <R extends KindRecord> List<Located<R>> withUniqueIds(RecordKind<R, ?> kind,
            List<Located<R>> entries, RecordRules rules, FolderReferences references) {
        Set<String> seen = new HashSet<>();
        List<Located<R>> unique = new ArrayList<>();
        for (Located<R> e : entries) {
            if (e.value() == null) {
                rules.problem(e, "", "empty " + kind.name());
                continue;
            }
            String id = e.value().id();
            if (id != null) {
                references.ids.computeIfAbsent(kind.name(), k -> new HashSet<>()).add(id);
            }
            if (rules.id(e, "id", id)) {
                if (seen.add(id)) {
                    unique.add(e);
                } else {
                    rules.problem(e, "id", "duplicate id '" + id + "'");
                }
            }
        }
        return unique;
    }

    /** The entries of one kind with usable ids, to be checked once every id of the folder is known. */
    private record Entries<R extends KindRecord>(RecordKind<R, ?> kind, List<Located<R>> entries) {

        static <R extends KindRecord> Entries<R> read(RecordKind<R, ?> kind, DataFileReader reader, RecordRules rules,
                FolderReferences references) {
            return new Entries<>(kind, withUniqueIds(kind, kind.read(reader), rules, references));
        }

        List<R> checked(RecordRules rules) {
            List<Located<R>> checked = new ArrayList<>(entries.size());
            for (Located<R> e : entries) {
                checked.add(e.nested("", kind.check(e, rules)));
            }
            return kind.inInsertOrder(checked, rules);
        }
    }

    /** The ids of the folder being read. */
    private static final class FolderReferences implements References {
        private Set<String> regions = Set.of();
        private final Map<String, Set<String>> ids = new HashMap<>();

        @Override
        public boolean regionExists(String code) {
            return regions.contains(code);
        }

        @Override
        public boolean exists(String kind, String id) {
            return ids.getOrDefault(kind, Set.of()).contains(id);
        }
    }
}
