package cn.xuchang.directory.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import cn.xuchang.directory.common.Pinyin;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.region.RegionCode;
import cn.xuchang.directory.region.RegionLevel;
import cn.xuchang.directory.region.RegionNaming;

/**
 * The regions of data/ (regions.csv and region-names.yaml): the divisions as the statistics bureau lists
 * them, checked, with their finer level, derived short names and pinyin. Regions follow the files only;
 * the API does not edit them.
 */
final class RegionRows {

    static final String REGIONS = "regions.csv";
    static final String REGION_NAMES = "region-names.yaml";

    private static final Pattern PINYIN = Pattern.compile("[a-zv]+( [a-zv]+)*");
    private static final Map<String, Integer> TIER_LENGTH = Map.of("province", 6, "city", 6, "county", 6, "township", 9);

    /** A row of regions.csv. */
    @JsonPropertyOrder({"code", "name", "level", "parent_code", "source"})
    record RegionRow(String code, String name, String level, @JsonProperty("parent_code") String parentCode,
            String source) {
    }

    /** An entry of region-names.yaml: aliases and pinyin the loader cannot derive. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"code", "aliases", "pinyin", "source"})
    record RegionNames(String code, List<String> aliases, String pinyin, String source) {
    }

    private final RecordRules rules;
    private final Map<String, DirectoryData.RegionData> regions = new LinkedHashMap<>();

    RegionRows(RecordRules rules) {
        this.rules = rules;
    }

    /** The codes read so far: what references to regions are checked against. */
    Set<String> codes() {
        return regions.keySet();
    }

    List<DirectoryData.RegionData> check(List<Located<RegionRow>> rows, List<Located<RegionNames>> names) {
        for (Located<RegionRow> row : rows) {
            region(row).ifPresent(r -> regions.put(r.code(), r));
        }
        Map<String, RegionNames> extra = new HashMap<>();
        for (Located<RegionNames> entry : names) {
            RegionNames n = entry.value();
            Optional<String> code = rules.region(entry, "code", n.code(), true);
            rules.requireText(entry, "source", n.source());
            rules.fits(entry, "source", n.source(), 500);
            rules.fits(entry, "pinyin", n.pinyin(), 300);
            rules.texts(entry, "aliases", n.aliases(), Limits.SHORT_TEXT, Limits.ALIASES);
            if (n.pinyin() != null && !PINYIN.matcher(n.pinyin()).matches()) {
                rules.problem(entry, "pinyin", "must be lower-case toneless syllables separated by spaces");
            }
            if (code.isPresent() && extra.put(code.get(), n) != null) {
                rules.problem(entry, "code", "region " + code.get() + " is listed twice");
            }
        }
        List<DirectoryData.RegionData> result = new ArrayList<>();
        for (DirectoryData.RegionData r : regions.values()) {
            RegionNames n = extra.get(r.code());
            Set<String> aliases = new LinkedHashSet<>();
            RegionNaming.shortName(r.name()).ifPresent(aliases::add);
            if (n != null && n.aliases() != null) {
                aliases.addAll(n.aliases());
            }
            aliases.remove(r.name());
            String pinyin = n != null && n.pinyin() != null ? n.pinyin() : Pinyin.of(r.name());
            result.add(new DirectoryData.RegionData(r.code(), r.name(), r.level(), r.parentCode(), pinyin,
                    List.copyOf(aliases), r.source(), n == null ? null : n.source()));
        }
        return result;
    }

    private Optional<DirectoryData.RegionData> region(Located<RegionRow> row) {
        RegionRow r = row.value();
        boolean ok = rules.requireText(row, "name", r.name()) & rules.requireText(row, "source", r.source())
                & rules.fits(row, "name", r.name(), 100) & rules.fits(row, "source", r.source(), 500);
        Optional<String> code = RegionCode.normalize(r.code());
        if (code.isEmpty()) {
            rules.problem(row, "code", "'" + r.code() + "' is not a division code of 2, 4, 6, 9 or 12 digits");
            return Optional.empty();
        }
        Integer length = r.level() == null ? null : TIER_LENGTH.get(r.level());
        if (length == null) {
            rules.problem(row, "level", "must be one of province, city, county, township");
            ok = false;
        } else if (length != code.get().length()) {
            rules.problem(row, "level", r.level() + " does not match code " + code.get());
            ok = false;
        }
        if (regions.containsKey(code.get())) {
            rules.problem(row, "code", "duplicate region code " + code.get());
            ok = false;
        }
        String parent = null;
        if (r.parentCode() != null) {
            parent = RegionCode.normalize(r.parentCode()).orElse(r.parentCode());
            if (!regions.containsKey(parent)) {
                rules.problem(row, "parent_code", "unknown region " + r.parentCode()
                        + " (a parent must be listed above its children)");
                ok = false;
            }
        } else if (!"province".equals(r.level())) {
            rules.problem(row, "parent_code", "required below province level");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new DirectoryData.RegionData(code.get(), r.name(), RegionLevel.classify(code.get(), r.name()),
                parent, null, List.of(), r.source(), null));
    }
}
