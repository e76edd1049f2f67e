package cn.xuchang.directory.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** 拼音 (pinyin) of Chinese text through pinyin4j: toneless, lower case, ü written as v. */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** Readings by character, kept: pinyin4j formats each reading with regular expressions, every time. */
    private static final Map<Character, List<String>> KNOWN = new ConcurrentHashMap<>();

    /** The readings of each character of {@code text}; a non-Chinese character stands for itself. */
    public static List<List<String>> readings(String text) {
        List<List<String>> result = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            result.add(KNOWN.computeIfAbsent(text.charAt(i), Pinyin::readingsOf));
        }
        return result;
    }

    private static List<String> readingsOf(char c) {
        Set<String> options = new LinkedHashSet<>();
        try {
            String[] found = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (found != null) {
                options.addAll(List.of(found));
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
        if (options.isEmpty()) {
            options.add(String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(options);
    }

    /** The most common reading, syllables separated by spaces: 禹州市 → "yu zhou shi". */
    public static String of(String text) {
        List<String> syllables = new ArrayList<>();
        for (List<String> options : readings(text)) {
            syllables.add(options.get(0));
        }
        return Spaces.collapse(String.join(" ", syllables));
    }
}
