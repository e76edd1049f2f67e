package cn.xuchang.directory.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.xuchang.directory.common.Pinyin;

/**
 * 拼音音节 (pinyin syllables): every toneless syllable pinyin4j knows, and the splitting of typed
 * pinyin such as {@code chuangyedaikuan} into syllables (chuang ye dai kuan).
 */
final class PinyinSyllables {

    private static final int LONGEST = 6;
    private static final Set<String> SYLLABLES = collect();

    private PinyinSyllables() {
    }

    /** Syllables of the common CJK block; interjections without a vowel (hm, ng) are left out. */
    private static Set<String> collect() {
        Set<String> all = new HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            for (String reading : Pinyin.readings(String.valueOf(c)).get(0)) {
                if (reading.matches("[a-z]*[aeiouv][a-z]*") && reading.length() <= LONGEST) {
                    all.add(reading);
                }
            }
        }
        return Set.copyOf(all);
    }

    static boolean isSyllable(String text) {
        return SYLLABLES.contains(text);
    }

    /**
     * The fewest syllables that spell {@code latin} exactly, or null when it cannot be spelled as pinyin
     * (then it may be initials, such as cydk).
     */
    static List<String> segment(String latin) {
        int n = latin.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST); start < end; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && SYLLABLES.contains(latin.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (n == 0 || best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> syllables = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            syllables.add(0, latin.substring(from[end], end));
        }
        return syllables;
    }
}
