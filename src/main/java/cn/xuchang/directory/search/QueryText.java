package cn.xuchang.directory.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.xuchang.directory.common.Spaces;

/** 查询文本 (query text): normalizing what citizens type and dropping the words of a question. */
final class QueryText {

    private static final List<String> FILLERS = loadFillers();
    /** An apostrophe inside a Latin word: the pinyin syllable mark (Jian'an) or an English one (mayor's). */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=[a-z])['\u2019](?=[a-z])");

    private QueryText() {
    }

    /**
     * Full-width to half-width (NFKC), traditional characters to simplified, lower case, apostrophes inside Latin
     * words dropped (jian'an, mayor's), and everything that is not a letter, a digit or a
     * phone-number sign turned into a space: emoji, control characters, query syntax.
     */
    static String normalize(String raw) {
        String text = SimplifiedChinese.fold(Normalizer.normalize(raw, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        if (text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0) {
            text = APOSTROPHE.matcher(text).replaceAll(""); // jian'an is one word, as its pinyin spelling says
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '+' || cp == '-') {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        });
        return Spaces.collapse(out.toString());
    }

    /** The text without question words (我想, 打哪个电话, 在哪…), longest first. */
    static String withoutFillers(String text) {
        String result = text;
        for (String filler : FILLERS) {
            result = result.replace(filler, " ");
        }
        return Spaces.collapse(result);
    }

    /** Runs of Chinese characters, and words of Latin letters or digits, in order. */
    static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kind = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = isChinese(c) ? 0 : Character.isLetterOrDigit(c) ? 1 : -1;
            if (k != kind && !current.isEmpty()) {
                runs.add(current.toString());
                current.setLength(0);
            }
            if (k >= 0) {
                current.append(c);
            }
            kind = k;
        }
        if (!current.isEmpty()) {
            runs.add(current.toString());
        }
        return runs;
    }

    static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean hasChinese(String text) {
        return text.chars().anyMatch(c -> isChinese((char) c));
    }

    private static List<String> loadFillers() {
        List<String> fillers = new ArrayList<>();
        try (InputStream in = QueryText.class.getResourceAsStream("/search/fillers.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    fillers.add(normalize(word).isEmpty() ? word : normalize(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fillers.removeIf(String::isBlank);
        fillers.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(fillers);
    }
}
