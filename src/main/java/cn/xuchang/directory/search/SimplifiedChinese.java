package cn.xuchang.directory.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * 繁简转换 (traditional to simplified): folds traditional characters (靈井鎮) to simplified ones (灵井镇)
 * with a character map derived from ICU4J's Traditional-Simplified transliterator at build time
 * (search/traditional-simplified.txt, checked by TraditionalSimplifiedMapTest), so a lookup pays an
 * array read per character and start-up does not load ICU.
 */
final class SimplifiedChinese {

    static final String RESOURCE = "/search/traditional-simplified.txt";
    private static final char[] MAP = load();

    private SimplifiedChinese() {
    }

    /** The text with every traditional character in the map replaced by its simplified form. */
    static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = MAP[c];
            if (s != 0 && s != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        try (InputStream in = SimplifiedChinese.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    map[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
