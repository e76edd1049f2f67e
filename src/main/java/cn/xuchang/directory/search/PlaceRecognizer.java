package cn.xuchang.directory.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xuchang.directory.common.Pinyin;
import cn.xuchang.directory.region.RegionNaming;
import cn.xuchang.directory.region.RegionView;

/**
 * 地名识别 (place recognition): finds the region a query names, by its full name, short name or alias
 * in Chinese (鸠山镇, 禹州, 经开区) or in pinyin (yuzhou, jiu shan), wherever it stands.
 */
final class PlaceRecognizer {

    /** A place found in a query: the region, the text as typed, and the query without it. */
    record Found(RegionView region, String text, String rest) {
    }

    private final Map<String, RegionView> chinese = new HashMap<>();
    private final Map<List<String>, RegionView> pinyin = new HashMap<>();
    private final List<String> chineseForms;
    private final List<List<String>> pinyinForms;
    private final Map<String, RegionView> spellings = new HashMap<>();
    private final List<String> spellingForms;

    PlaceRecognizer(Iterable<RegionView> regions) {
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
        chineseForms = chinese.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        pinyinForms = pinyin.keySet().stream().sorted(Comparator.comparingInt(List<String>::size).reversed()).toList();
        pinyin.forEach((syllables, region) -> spellings.merge(String.join("", syllables), region, PlaceRecognizer::larger));
        spellingForms = spellings.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private void addChinese(String form, RegionView region) {
        chinese.merge(form, region, PlaceRecognizer::larger);
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

    /** The most specific place named in Chinese in the text, or null. */
    Found inChinese(String text) {
        RegionView best = null;
        String bestText = null;
        String rest = text;
        for (String form : chineseForms) {
            if (rest.contains(form)) {
                RegionView region = chinese.get(form);
                if (best == null || region.code().length() > best.code().length()) {
                    best = region;
                    bestText = form;
                }
                rest = rest.replace(form, " ");
            }
        }
        return best == null ? null : new Found(best, bestText, rest.replaceAll("\\s+", " ").strip());
    }

    /**
     * A place spelled at the start or the end of one typed word (jianan, yuzhouchuangye), where the rest
     * of the word is pinyin too; or null. Matching letters, not syllables, avoids splitting jianan as
     * jia nan.
     */
    Found inLatinWord(String word) {
        for (String spelling : spellingForms) {
            String rest = null;
            if (word.startsWith(spelling)) {
                rest = word.substring(spelling.length());
            } else if (word.endsWith(spelling)) {
                rest = word.substring(0, word.length() - spelling.length());
            }
            if (rest != null && (rest.isEmpty() || PinyinSyllables.segment(rest) != null)) {
                return new Found(spellings.get(spelling), spelling, rest);
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
        for (List<String> form : pinyinForms) {
            for (int at = 0; at + form.size() <= syllables.size(); at++) {
                if (!syllables.subList(at, at + form.size()).equals(form) || anyConsumed(consumed, at, form.size())) {
                    continue;
                }
                RegionView region = pinyin.get(form);
                if (best == null || region.code().length() > best.code().length()) {
                    best = region;
                    bestText = String.join("", form);
                }
                Arrays.fill(consumed, at, at + form.size(), true);
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
