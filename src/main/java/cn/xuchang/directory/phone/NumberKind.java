package cn.xuchang.directory.phone;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.xuchang.directory.common.WireNames;

/** What sort of number a hotline is: a short number (12345), a landline or a mobile. */
public enum NumberKind {
    SHORT_NUMBER,
    FIXED_LINE,
    MOBILE,
    OTHER;

    @JsonValue
    public String wire() {
        return WireNames.of(this);
    }
}
