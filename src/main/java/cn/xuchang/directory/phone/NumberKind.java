package cn.xuchang.directory.phone;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of number a hotline is: a short number (12345), a landline or a mobile. */
public enum NumberKind {
    SHORT_NUMBER,
    FIXED_LINE,
    MOBILE,
    OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
