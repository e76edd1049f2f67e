package cn.xuchang.directory.region;

import java.util.List;
import java.util.Optional;

/** 简称 (short names) of divisions by the usual rule: drop the suffix, keep at least two characters. */
public final class RegionNaming {

    private static final List<String> SUFFIXES = List.of("街道", "回族乡", "回族镇", "市", "区", "县", "镇", "乡");

    private RegionNaming() {
    }

    /** 禹州 for 禹州市, 鸠山 for 鸠山镇, 艾庄 for 艾庄回族乡; empty when nothing sensible remains. */
    public static Optional<String> shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stem = name.substring(0, name.length() - suffix.length());
                return stem.length() >= 2 && !stem.endsWith("开发") ? Optional.of(stem) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
