package cn.xuchang.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The pinyin forms a name is indexed and queried under: syllable bigrams, whole spellings and initials. */
final class SyllableForms {

    private static final int MAX_COMBINATIONS = 32;

    private SyllableForms() {
    }

    /** Adjacent syllable pairs, every reading of a polyphonic character included: chuang_ye, ye_dai… */
    static Set<String> bigrams(List<List<String>> readings) {
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < readings.size(); i++) {
            for (String a : readings.get(i)) {
                for (String b : readings.get(i + 1)) {
                    bigrams.add(a + "_" + b);
                }
            }
        }
        return bigrams;
    }

    /** The name spelled out in pinyin without spaces, for each combination of readings (capped). */
    static Set<String> spellings(List<List<String>> readings) {
        return combine(readings, false);
    }

    /** First letters of the syllables (cydbdk for 创业担保贷款), for each combination of readings. */
    static Set<String> initials(List<List<String>> readings) {
        return combine(readings, true);
    }

    private static Set<String> combine(List<List<String>> readings, boolean initialsOnly) {
        List<String> forms = new ArrayList<>(List.of(""));
        for (List<String> options : readings) {
            List<String> next = new ArrayList<>();
            for (String prefix : forms) {
                for (String option : options) {
                    if (next.size() < MAX_COMBINATIONS) {
                        next.add(prefix + (initialsOnly ? option.substring(0, 1) : option));
                    }
                }
            }
            forms = next;
        }
        return new LinkedHashSet<>(forms);
    }
}
