package cn.xuchang.directory.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 规范形式 (canonical form) of a checked record: the same facts always written the same way — fields in
 * alphabetical order, empty texts and lists and false flags left out — so that a data/ entry and a
 * database record can be compared, and an entry hashed, however an editor wrote it. Kinds normalize
 * their own values (codes, number forms, sorted sets) when they check a record.
 */
public final class Canonical {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules()
            .build();

    private Canonical() {
    }

    public static JsonNode of(Object record) {
        return prune(JSON.valueToTree(record));
    }

    /** SHA-256 of the canonical form: what the import ledger keeps of an applied data/ entry. */
    public static String hash(Object record) {
        return hashOf(of(record));
    }

    /** SHA-256 of a canonical form already made with {@link #of}. */
    public static String hashOf(JsonNode canonical) {
        try {
            byte[] json = JSON.writeValueAsBytes(canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a record", e);
        }
    }

    private static JsonNode prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<JsonNode> values = object.elements(); values.hasNext();) {
                JsonNode value = prune(values.next());
                if (empty(value)) {
                    values.remove();
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Canonical::prune);
        }
        return node;
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isBoolean() && !value.booleanValue()
                || value.isTextual() && value.asText().isBlank() || value.isContainerNode() && value.isEmpty();
    }
}
