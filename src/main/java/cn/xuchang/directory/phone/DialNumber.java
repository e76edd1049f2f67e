package cn.xuchang.directory.phone;

/**
 * A validated phone number in its three useful forms.
 *
 * @param key     the canonical form used to compare numbers: E.164 (+863748297716) or the short number
 * @param e164    E.164 form, absent for short numbers, which cannot be dialled from abroad
 * @param display the form people know: 0374-8297716, 138 0013 8000, 12345
 */
public record DialNumber(String key, String e164, String display, NumberKind kind) {

    /** RFC 3966 URI a phone can dial: tel:+863748297716 or tel:12345. */
    public String tel() {
        return "tel:" + key;
    }
}
