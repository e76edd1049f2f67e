package cn.xuchang.directory.record;

import java.time.LocalDate;

/** A directory record as data/ and the write API give it: its fields, named as editors write them. */
public interface KindRecord {

    /** The record's stable id (a slug). */
    String id();

    /** Where the facts come from (required). */
    String source();

    /** When someone last confirmed the record; absent when never. */
    LocalDate lastVerified();

    /** True when retired by its flag; kinds retired otherwise (hotlines, by status) have none. */
    default Boolean retired() {
        return null;
    }
}
