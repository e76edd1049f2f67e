package cn.xuchang.directory.record;

/** A directory record as data/ and the write API give it: its fields, named as editors write them. */
public interface KindRecord {

    /** The record's stable id (a slug). */
    String id();
}
