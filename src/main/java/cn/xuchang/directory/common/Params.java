package cn.xuchang.directory.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses query parameters by hand so that a malformed value is a 400 naming it, not the JAX-RS 404. */
public final class Params {

    private Params() {
    }

    /** The enum constant whose lower-case name is {@code raw}, e.g. {@code county_level_city}. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String raw) {
        String wanted = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(WireNames::of)
                .collect(Collectors.joining(", "));
        throw ApiException.invalid(field, "must be one of " + allowed);
    }

    /** An integer parameter within bounds; absent means {@code fallback}. */
    public static int intInRange(String field, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(field, "must be a whole number from " + min + " to " + max);
    }

    /** A request body that must be there. */
    public static <T> T body(T body) {
        if (body == null) {
            throw ApiException.invalid("body", "send the record as a JSON object");
        }
        return body;
    }

    /** A required text parameter, trimmed; blank counts as missing. */
    public static String required(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid(field, "is required");
        }
        return raw.strip();
    }
}
