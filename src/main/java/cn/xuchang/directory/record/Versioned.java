package cn.xuchang.directory.editing;

/** A view of an editable record: its version becomes the response's ETag. */
public interface Versioned {

    long version();
}
