package cn.xuchang.directory.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.xuchang.directory.common.Pinyin;
import cn.xuchang.directory.common.Spaces;
import cn.xuchang.directory.region.RegionNaming;
import cn.xuchang.directory.region.RegionView;

/**
 * 地名识别 (place recognition): finds the region a query names, by its full name, short name or alias
 * in Chinese (鸠山镇, 禹州, 经开区), by a former name (许昌县) or in pinyin (yuzhou, jiu shan, xuchangxian), wherever it
 * stands.
 */
final class PlaceRecognizer {

    /** A place found in a query: the region, the text as typed, and the query without it. */
    record Found(RegionView region, String text, String rest) {
    }

    private final Map<String, RegionView> chinese = new HashMap<>();
    private final Map<List<String>, RegionView> pinyin = new HashMap<>();
    private final Map<String, RegionView> spellings = new HashMap<>();
    private final int longestChinese;
    /** The first two characters of every Chinese name: where none starts, no name is looked for. */
    private final Set<String> chineseStarts;
    private final int longestPinyin;

    PlaceRecognizer(Iterable<RegionView> regions, FormerNames formerNames, Function<String, RegionView> byCode) {
        for (FormerNames.Row row : formerNames.rows()) {
            RegionView region = byCode.apply(row.currentCode());
            if (region != null) {
                addChinese(row.formerName(), region);
                addPinyin(List.of(Pinyin.of(row.formerName()).split(" ")), region);
            }
        }
        for (RegionView region : regions) {
            addChinese(region.name(), region);
            region.aliases().forEach(alias -> addChinese(alias, region));
            if (region.pinyin() != null) {
                List<String> syllables = List.of(region.pinyin().split(" "));
                addPinyin(syllables, region);
                RegionNaming.shortName(region.name()).ifPresent(shortName -> {
                    int suffix = region.name().length() - shortName.length();
                    addPinyin(syllables.subList(0, syllables.size() - suffix), region);
                });
            }
            for (String alias : region.aliases()) {
                if (!region.name().startsWith(alias)) {
                    addPinyin(List.of(Pinyin.of(alias).split(" ")), region);
                }
            }
        }
        pinyin.forEach((syllables, region) -> spellings.merge(String.join("", syllables), region, PlaceRecognizer::larger));
        longestChinese = chinese.keySet().stream().mapToInt(String::length).max().orElse(0);
        chineseStarts = chinese.keySet().stream().filter(name -> name.length() >= 2).map(name -> name.substring(0, 2))
                .collect(Collectors.toUnmodifiableSet());
        longestPinyin = pinyin.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    private void addChinese(String form, RegionView region) {
        chinese.merge(QueryText.normalize(form), region, PlaceRecognizer::larger);
    }

    private void addPinyin(List<String> syllables, RegionView region) {
        if (syllables.size() >= 2) {
            pinyin.merge(List.copyOf(syllables), region, PlaceRecognizer::larger);
        }
    }

    /** When two regions share a name, the larger unit (shorter code, then lower code) is meant. */
    private static RegionView larger(RegionView a, RegionView b) {
        return a.code().length() <= b.code().length() && a.code().compareTo(b.code()) <= 0 ? a : b;
    }

    /**
     * The most specific place named in Chinese in the text, or null: at each position the longest name
     * that starts there, looked up by hash, so the cost follows the query, not the number of places.
     */
    Found inChinese(String text) {
        RegionView best = null;
        String bestText = null;
        StringBuilder rest = new StringBuilder(text);
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (!chineseStarts.contains(text.substring(i, i + 2))) {
                continue;
            }
            for (int end = Math.min(text.length(), i + longestChinese); end >= i + 2; end--) {
                RegionView region = chinese.get(text.substring(i, end));
                if (region != null) {
                    if (best == null || region.code().length() > best.code().length()) {
                        best = region;
                        bestText = text.substring(i, end);
                    }
                    for (int k = i; k < end; k++) {
                        rest.setCharAt(k, ' ');
                    }
                    i = end - 1;
                    break;
                }
            }
        }
        return best == null ? null : new Found(best, bestText, Spaces.collapse(rest.toString()));
    }

    /**
     * A place spelled at the start or the end of one typed word (jianan, yuzhouchuangye), where the rest
     * of the word is pinyin too; or null. Matching letters, not syllables, avoids splitting jianan as
     * jia nan.
     */
    Found inLatinWord(String word) {
        for (int length = word.length(); length >= 4; length--) {
            String prefix = word.substring(0, length);
            String rest = word.substring(length);
            if (spellings.containsKey(prefix) && (rest.isEmpty() || PinyinSyllables.segment(rest) != null)) {
                return new Found(spellings.get(prefix), prefix, rest);
            }
            String suffix = word.substring(word.length() - length);
            String before = word.substring(0, word.length() - length);
            if (spellings.containsKey(suffix) && (before.isEmpty() || PinyinSyllables.segment(before) != null)) {
                return new Found(spellings.get(suffix), suffix, before);
            }
        }
        return null;
    }

    /**
     * The most specific place spelled in pinyin in a sequence of typed syllables, or null; marks the
     * syllables that spelled places in {@code consumed}.
     */
    Found inPinyin(List<String> syllables, boolean[] consumed) {
        RegionView best = null;
        String bestText = null;
        for (int at = 0; at < syllables.size(); at++) {
            for (int end = Math.min(syllables.size(), at + longestPinyin); end >= at + 2; end--) {
                RegionView region = anyConsumed(consumed, at, end - at) ? null : pinyin.get(syllables.subList(at, end));
                if (region != null) {
                    if (best == null || region.code().length() > best.code().length()) {
                        best = region;
                        bestText = String.join("", syllables.subList(at, end));
                    }
                    Arrays.fill(consumed, at, end, true);
                    at = end - 1;
                    break;
                }
            }
        }
        return best == null ? null : new Found(best, bestText, null);
    }

    private static boolean anyConsumed(boolean[] consumed, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (consumed[i]) {
                return true;
            }
        }
        return false;
    }
}
