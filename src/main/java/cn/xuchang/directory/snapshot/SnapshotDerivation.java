package cn.xuchang.directory.snapshot;

/**
 * 派生索引 (derived index): what a reader of the directory builds from a snapshot, such as the search
 * index. {@link DirectoryCache} derives every one once per snapshot, before it serves that snapshot, and
 * holds the results beside it, so that no reader keeps a "current" of its own.
 */
public interface SnapshotDerivation<T> {

    /** The type of what is derived, under which {@link DirectoryCache.Served#derived} finds it. */
    Class<T> type();

    /** Builds from one snapshot; called once per snapshot, on the thread that publishes it. */
    T derive(DirectorySnapshot snapshot);
}
