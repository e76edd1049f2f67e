package cn.xuchang.directory.record;

/** A view of an editable record: its version becomes the response's ETag. */
public interface Versioned {

    long version();
}
