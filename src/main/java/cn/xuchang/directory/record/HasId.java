package cn.xuchang.directory.editing;

/** A view of a record with a stable id. */
public interface HasId {

    String id();
}
