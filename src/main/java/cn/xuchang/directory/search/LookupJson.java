package cn.xuchang.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.JsonBytes;

/**
 * 查询答案的 JSON (a lookup's JSON): written whole, or as the query put in front of an answer written without it
 * (shared by every phrasing of one question). {@link LookupView} has the query first and a null field is left out,
 * so the two give the same bytes; LookupJsonTest compares them on the recorded long tail.
 */
final class LookupJson {

    private static final byte[] QUERY = "{\"query\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private LookupJson() {
    }

    static byte[] write(ObjectMapper json, LookupView view) {
        try {
            return JsonBytes.write(json, view);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a lookup answer", e);
        }
    }

    /** {@code {"query":<query>,…}} from {@code withoutQuery}, the same answer written with a null query. */
    static byte[] withQuery(ObjectMapper json, String query, byte[] withoutQuery) {
        if (withoutQuery.length < 2 || withoutQuery[0] != '{') {
            throw new IllegalArgumentException("not a JSON object");
        }
        byte[] quoted;
        try {
            quoted = json.writeValueAsBytes(query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a query", e);
        }
        boolean empty = withoutQuery.length == 2; // {}
        byte[] out = new byte[QUERY.length + quoted.length + (empty ? 0 : 1) + withoutQuery.length - 1];
        int at = 0;
        System.arraycopy(QUERY, 0, out, at, QUERY.length);
        at += QUERY.length;
        System.arraycopy(quoted, 0, out, at, quoted.length);
        at += quoted.length;
        if (!empty) {
            out[at++] = ',';
        }
        System.arraycopy(withoutQuery, 1, out, at, withoutQuery.length - 1);
        return out;
    }
}
