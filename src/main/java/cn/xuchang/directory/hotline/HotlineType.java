package cn.xuchang.directory.hotline;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.xuchang.directory.common.WireNames;

/** What a hotline is for: questions, complaints and reports, or everything (12345). */
public enum HotlineType {
    /** 咨询: questions about a service. */
    CONSULTATION,
    /** 投诉举报: complaints and reports. */
    COMPLAINT,
    /** 综合: answers about any service, such as the 12345 government service hotline. */
    GENERAL;

    @JsonValue
    public String wire() {
        return WireNames.of(this);
    }
}
