package cn.xuchang.directory.region;

import java.util.Optional;

/**
 * 区划代码 (division code) normalization: 6 digits for province, city and county (GB/T 2260 style,
 * 411000, 411081), 9 for townships (411081204). The 12-digit NBS form and the short 2- and 4-digit
 * province and prefecture forms are accepted and normalized.
 */
public final class RegionCode {

    private RegionCode() {
    }

    /** The normalized code, or empty when the text is not a division code at all. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = java.text.Normalizer.normalize(raw.strip(), java.text.Normalizer.Form.NFKC);
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return switch (code.length()) {
            case 2 -> Optional.of(code + "0000");
            case 4 -> Optional.of(code + "00");
            case 6, 9 -> Optional.of(code);
            case 12 -> fromTwelveDigits(code);
            default -> Optional.empty();
        };
    }

    /** True for a 12-digit code below township level (村/社区), which this directory does not hold. */
    public static boolean isVillage(String raw) {
        String code = raw == null ? "" : raw.strip();
        return code.length() == 12 && code.chars().allMatch(Character::isDigit) && !code.endsWith("000");
    }

    private static Optional<String> fromTwelveDigits(String code) {
        if (!code.endsWith("000")) {
            return Optional.empty();
        }
        String nine = code.substring(0, 9);
        return Optional.of(nine.endsWith("000") ? nine.substring(0, 6) : nine);
    }
}
