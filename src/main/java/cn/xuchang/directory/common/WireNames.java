package cn.xuchang.directory.common;

import java.util.Locale;

/**
 * 线上名称 (wire names): how an enum constant is written in the API, its name in lower case
 * ({@code COUNTY_LEVEL_CITY} → {@code county_level_city}), made once per enum rather than for every answer.
 */
public final class WireNames {

    private static final ClassValue<String[]> BY_ORDINAL = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    private WireNames() {
    }

    /** The constant's name on the wire. */
    public static String of(Enum<?> constant) {
        return BY_ORDINAL.get(constant.getDeclaringClass())[constant.ordinal()];
    }
}
