package cn.xuchang.directory.phone;

import java.text.Normalizer;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import cn.xuchang.directory.common.DirectoryConfig;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;

/**
 * 电话号码 (phone numbers): parses every common writing of a Chinese number with libphonenumber,
 * short numbers included; a bare local number is taken to be in the default area (0374, Xuchang).
 */
@ApplicationScoped
public class PhoneNumbers {

    private static final String REGION = "CN";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();

    private final String defaultAreaCode;

    @Inject
    public PhoneNumbers(DirectoryConfig config) {
        this(config.defaultAreaCode());
    }

    /** For a given default area code, e.g. {@code "0374"}. */
    public PhoneNumbers(String defaultAreaCode) {
        this.defaultAreaCode = defaultAreaCode;
    }

    /** The number written in {@code raw}, or empty when it is not a valid Chinese or short number. */
    public Optional<DialNumber> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40 || raw.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        String digits = text.replaceAll("[\\s\\-()（）.]", "");
        if (digits.matches("\\d{3,6}")) {
            Optional<DialNumber> shortNumber = shortNumber(digits);
            if (shortNumber.isPresent()) {
                return shortNumber;
            }
        }
        Optional<DialNumber> full = full(text);
        if (full.isPresent()) {
            return full;
        }
        if (digits.matches("\\d{7,8}")) {
            return full(defaultAreaCode + digits);
        }
        return Optional.empty();
    }

    private Optional<DialNumber> shortNumber(String digits) {
        try {
            PhoneNumber number = UTIL.parse(digits, REGION);
            if (SHORT.isValidShortNumberForRegion(number, REGION)) {
                return Optional.of(new DialNumber(digits, null, digits, NumberKind.SHORT_NUMBER));
            }
        } catch (NumberParseException e) {
            // not a short number; the caller tries the other forms
        }
        return Optional.empty();
    }

    private Optional<DialNumber> full(String text) {
        PhoneNumber number;
        try {
            number = UTIL.parse(text, REGION);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        if (!UTIL.isValidNumber(number) || number.getCountryCode() != 86) {
            return Optional.empty();
        }
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        PhoneNumberType type = UTIL.getNumberType(number);
        NumberKind kind = switch (type) {
            case FIXED_LINE -> NumberKind.FIXED_LINE;
            case MOBILE -> NumberKind.MOBILE;
            default -> NumberKind.OTHER;
        };
        return Optional.of(new DialNumber(e164, e164, display(number, kind), kind));
    }

    /** 0374-8297716 for landlines, as Chinese notices print them; libphonenumber's national format otherwise. */
    private static String display(PhoneNumber number, NumberKind kind) {
        int areaLength = UTIL.getLengthOfGeographicalAreaCode(number);
        if (kind == NumberKind.FIXED_LINE && areaLength > 0) {
            String significant = UTIL.getNationalSignificantNumber(number);
            return "0" + significant.substring(0, areaLength) + "-" + significant.substring(areaLength);
        }
        return UTIL.format(number, PhoneNumberFormat.NATIONAL);
    }
}
