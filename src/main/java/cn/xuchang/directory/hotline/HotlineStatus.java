package cn.xuchang.directory.hotline;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.xuchang.directory.common.WireNames;

/** Whether a hotline still answers: active, retired, or merged into another hotline. */
public enum HotlineStatus {
    ACTIVE,
    RETIRED,
    /** 已归并: calls are now taken by another hotline, named in {@code mergedInto}. */
    MERGED;

    @JsonValue
    public String wire() {
        return WireNames.of(this);
    }
}
