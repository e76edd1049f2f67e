package cn.xuchang.directory.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.xuchang.directory.spreadsheet.SheetColumn.Choices;

/**
 * 单元格取值 (cell values): a field of a record written into its cell, and a cell read back into the field, by the
 * column's form. What a cell says is left for the kind's own checks to judge; only a 是/否 cell is judged here.
 */
final class CellValues {

    static final String SEPARATOR = "；";
    private static final Pattern ITEMS = Pattern.compile("[;；、,，\\n]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private CellValues() {
    }

    /** The cell for a field's value (as the record's JSON holds it); empty for none. */
    static String write(SheetColumn column, JsonNode value, Lookups names) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return switch (column.form()) {
            case TEXT -> value.asText();
            case TEXTS -> String.join(SEPARATOR, texts(value));
            case REF, REGION -> named(column.list(), value.asText(), names);
            case REFS, REGIONS -> String.join(SEPARATOR,
                    texts(value).stream().map(v -> named(column.list(), v, names)).toList());
            case YES -> value.asBoolean() ? "是" : "";
            case CHOICE -> column.labels().getOrDefault(value.asText(), value.asText());
        };
    }

    private static String named(Choices list, String id, Lookups names) {
        String name = names.name(list, id);
        return name == null ? id : id + " " + name;
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> texts.add(v.asText()));
        } else {
            texts.add(value.asText());
        }
        return texts;
    }

    /** The field's value for a cell (null when blank); a 是/否 cell holding anything else is a {@link BadCell}. */
    static JsonNode read(SheetColumn column, String raw, Lookups names) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (column.form()) {
            case TEXT -> TextNode.valueOf(text);
            case TEXTS -> array(items(text));
            case REF, REGION -> TextNode.valueOf(id(column, text, names));
            case REFS, REGIONS -> array(items(text).stream().map(item -> id(column, item, names)).toList());
            case YES -> yes(text);
            case CHOICE -> TextNode.valueOf(choice(column.labels(), text));
        };
    }

    private static List<String> items(String text) {
        return ITEMS.splitAsStream(text).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** "411081 禹州市" → 411081; "禹州市" → 411081 when one region bears that name; otherwise as written. */
    private static String id(SheetColumn column, String text, Lookups names) {
        String first = SPACES.split(text, 2)[0];
        if (names.has(column.list(), first)) {
            return first;
        }
        String byName = names.idOfName(column.list(), text);
        return byName != null ? byName : first;
    }

    private static JsonNode yes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("是") || t.equals("true") || t.equals("1") || t.equals("y") || t.equals("yes")) {
            return BooleanNode.TRUE;
        }
        if (t.equals("否") || t.equals("false") || t.equals("0") || t.equals("n") || t.equals("no")) {
            return null;
        }
        throw new BadCell("NOT_YES_NO", "只能填「是」或「否」，而不是「" + text + "」");
    }

    private static String choice(Map<String, String> labels, String text) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getValue().equals(text) || e.getKey().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        return text;
    }

    /** A cell that cannot hold its field at all. */
    static final class BadCell extends RuntimeException {
        final String code;

        BadCell(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
