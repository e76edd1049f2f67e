package cn.xuchang.directory.common;

import java.util.regex.Pattern;

/** 空白 (white space) in what citizens type and in names: runs collapsed or dropped, with the pattern compiled once. */
public final class Spaces {

    /** What {@code \s} means in a Java pattern: ASCII white space (full-width spaces are folded before this). */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** Each run of white space as one space, none at either end: {@code " 禹州  创业 "} → {@code "禹州 创业"}. */
    public static String collapse(String text) {
        return RUN.matcher(text).replaceAll(" ").strip();
    }

    /** The text without white space: {@code "市 监 局"} → {@code "市监局"}. */
    public static String remove(String text) {
        return RUN.matcher(text).replaceAll("");
    }
}
