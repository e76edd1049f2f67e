package cn.xuchang.directory.editing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.ApiException;

/**
 * 变更订阅 (change feed): the change log read by partners who mirror the directory — every change after a cursor,
 * in the order committed. A cursor is a log position, written as an opaque string; it stays valid while the
 * retention keeps what follows it, and one older is 410 (re-export).
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final ChangeLog log;
    private final ObjectMapper json;

    public ChangeFeed(ChangeLog log, ObjectMapper json) {
        this.log = log;
        this.json = json;
    }

    /** The cursor of the log as it stands: what an export taken now should carry. */
    public static String cursor(long position) {
        return Long.toString(position);
    }

    @Transactional
    public ChangeFeedView after(String cursor, int limit) {
        long after = parse(cursor);
        long upTo = log.current();
        if (after > upTo) {
            throw ApiException.invalid("after", "not a cursor of this directory: take one from the export's "
                    + "X-Changes-Cursor header or a page's next");
        }
        List<Object[]> rows = log.entries(after, upTo, limit);
        if (after < log.prunedThrough()) {
            throw gone();
        }
        List<FeedChangeView> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new FeedChangeView((String) row[1], (String) row[2], (String) row[3],
                    ((Number) row[4]).longValue(), instant(row[5]), record((String) row[6])));
        }
        boolean more = rows.size() == limit;
        long next = more ? ((Number) rows.get(rows.size() - 1)[0]).longValue() : upTo;
        return new ChangeFeedView(changes, cursor(next), more);
    }

    private static long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw ApiException.invalid("after", "required: start from the X-Changes-Cursor header of GET "
                    + "/api/v1/export");
        }
        if (!cursor.matches("[0-9]{1,18}")) {
            throw ApiException.invalid("after", "not a cursor of this directory: take one from the export's "
                    + "X-Changes-Cursor header or a page's next");
        }
        return Long.parseLong(cursor);
    }

    static ApiException gone() {
        return new ApiException(410, "/problems/cursor-expired", "Cursor expired",
                "The changes after this cursor are older than the feed keeps (directory.changes.retention): "
                        + "download the whole directory again with GET /api/v1/export and follow the feed from "
                        + "its X-Changes-Cursor header", List.of());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected time in the change log: " + value.getClass());
    }

    private JsonNode record(String body) {
        try {
            return body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable record in the change log", e);
        }
    }
}
