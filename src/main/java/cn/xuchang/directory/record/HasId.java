package cn.xuchang.directory.record;

/** A view of a record with a stable id. */
public interface HasId {

    String id();
}
