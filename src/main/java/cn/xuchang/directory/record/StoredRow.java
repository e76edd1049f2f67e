package cn.xuchang.directory.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a record's table as the snapshot reads it, by column name: so that a view is built from its
 * columns in its own feature package, and the reader, which streams a million rows, names none of them.
 */
public interface StoredRow {

    String text(String column);

    boolean flag(String column);

    long number(String column);

    LocalDate date(String column);

    Instant instant(String column);

    /** The ids a join table lists for this row (services of a hotline, regions it serves), in id order. */
    List<String> linked(String joinTable);
}
