package cn.xuchang.directory.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.xuchang.directory.common.Spaces;

/**
 * 全国地名 (places of all China): every province, prefecture and county of mainland China (国家统计局 2023
 * codes, search/china/*.csv), by full and short name, so that a query naming a place the directory does
 * not cover (洛阳, 襄阳襄城区) is known to be about somewhere else.
 */
final class OutsidePlaces {

    /** A division of China: GB/T 2260-style code (410300), full name, level, and the codes above it. */
    record Division(String code, String name, String level, String cityCode, String provinceCode) {

        boolean isWithin(String ancestor) {
            return ancestor.equals(cityCode) || ancestor.equals(provinceCode);
        }
    }

    /**
     * A division named in a query, with the text that named it, whether the query also names its city or
     * province, and the query without the names of divisions.
     */
    record Found(Division division, String text, boolean withAncestor, String rest) {
    }

    private static final Set<String> GENERIC = Set.of("城区", "矿区", "郊区", "东区", "西区", "新区");
    private static final Pattern ETHNIC = Pattern.compile("^(.{2,}?)(?:[^族]{1,4}族)+$");
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "自治区", "自治州", "自治县", "自治旗",
            "特别行政区", "地区", "林区", "省", "市", "区", "县", "旗", "盟");

    private final Map<String, List<Division>> byName = new HashMap<>();
    private final int longest;
    /** The first two characters of every name: where none starts, no name is looked for. */
    private final Set<String> starts;

    private OutsidePlaces(List<Division> divisions) {
        for (Division d : divisions) {
            add(d.name(), d);
            shortName(d.name()).ifPresent(s -> add(s, d));
        }
        longest = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
        starts = byName.keySet().stream().map(name -> name.substring(0, 2)).collect(Collectors.toUnmodifiableSet());
    }

    private void add(String name, Division d) {
        if (name.length() >= 2 && !GENERIC.contains(name)) {
            byName.computeIfAbsent(SimplifiedChinese.fold(name), k -> new ArrayList<>()).add(d);
        }
    }

    /** 洛阳 for 洛阳市, 广西 for 广西壮族自治区, 长阳 for 长阳土家族自治县; empty when under two characters remain. */
    static java.util.Optional<String> shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String stem = name.substring(0, name.length() - suffix.length());
                Matcher ethnic = ETHNIC.matcher(stem);
                if (ethnic.matches()) {
                    stem = ethnic.group(1);
                }
                return stem.length() >= 2 ? java.util.Optional.of(stem) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** All divisions of China, read once from the copies of the statistics bureau's lists. */
    static OutsidePlaces load() {
        List<Division> divisions = new ArrayList<>();
        for (String[] row : rows("provinces.csv")) {
            divisions.add(new Division(pad(row[0]), row[1], "province", null, null));
        }
        for (String[] row : rows("cities.csv")) {
            if (!row[1].contains("直辖") && !row[1].equals("市辖区") && !row[1].equals("县")) {
                divisions.add(new Division(pad(row[0]), row[1], "city", null, pad(row[2])));
            }
        }
        for (String[] row : rows("areas.csv")) {
            divisions.add(new Division(pad(row[0]), row[1], "county", pad(row[2]), pad(row[3])));
        }
        return new OutsidePlaces(divisions);
    }

    private static String pad(String code) {
        return (code + "000000").substring(0, 6);
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OutsidePlaces.class.getResourceAsStream("/search/china/" + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The most specific division named in the text that {@code covered} does not hold, or null. Of
     * namesakes (朝阳区 of 北京, 朝阳市 of 辽宁) the one whose city or province the text also names wins,
     * else the larger unit.
     */
    Found in(String text, Predicate<String> covered) {
        List<Found> named = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (!starts.contains(text.substring(i, i + 2))) {
                continue;
            }
            for (int end = Math.min(text.length(), i + longest); end >= i + 2; end--) {
                List<Division> divisions = byName.get(text.substring(i, end));
                if (divisions != null) {
                    String t = text.substring(i, end);
                    divisions.forEach(d -> named.add(new Found(d, t, false, null)));
                    for (int k = i; k < end; k++) {
                        rest.setCharAt(k, ' ');
                    }
                    i = end - 1;
                    break;
                }
            }
        }
        Found best = null;
        for (Found f : named) {
            if (covered.test(f.division().code())) {
                continue;
            }
            if (best == null || better(f, best, named)) {
                best = f;
            }
        }
        if (best == null) {
            return null;
        }
        Division division = best.division();
        return new Found(division, best.text(), named.stream().anyMatch(o -> division.isWithin(o.division().code())),
                Spaces.collapse(rest.toString()));
    }

    /** Named with its city or province; then, among namesakes, the larger unit; else the finer level. */
    private static boolean better(Found a, Found b, List<Found> named) {
        boolean aWithin = named.stream().anyMatch(o -> a.division().isWithin(o.division().code()));
        boolean bWithin = named.stream().anyMatch(o -> b.division().isWithin(o.division().code()));
        if (aWithin != bWithin) {
            return aWithin;
        }
        if (a.text().equals(b.text())) {
            return level(a) < level(b);
        }
        return level(a) > level(b);
    }

    private static int level(Found f) {
        return switch (f.division().level()) {
            case "county" -> 2;
            case "city" -> 1;
            default -> 0;
        };
    }
}
