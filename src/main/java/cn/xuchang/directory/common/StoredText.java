package cn.xuchang.directory.common;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * 存储的文字 (stored text): what a text sent to the service may hold — anything but control characters (NUL,
 * escape, carriage return…); a line break or a tab is text. Every string of every request body is read through
 * {@link Deserializer} (registered by {@link StrictJson}), so a record, a citizen report or whatever comes next is
 * refused with a 400 naming the field, and nothing is stored.
 */
public final class StoredText {

    /** The message for the field: in Chinese and English, as the people who send records read either. */
    public static final String CONTROL_CHARACTERS = "不允许控制字符 (control characters are not allowed)";

    private StoredText() {
    }

    /** True when the text holds a control character other than a line break or a tab. */
    public static boolean hasControlCharacter(String text) {
        return text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
    }

    /** Reads a string as Jackson does, then refuses it when it holds a control character. */
    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (hasControlCharacter(text)) {
                throw new Refused(parser);
            }
            return text;
        }
    }

    /** A string refused for its control characters; Jackson adds the path of its field on the way out. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser) {
            super(parser, CONTROL_CHARACTERS, String.class);
        }
    }
}
