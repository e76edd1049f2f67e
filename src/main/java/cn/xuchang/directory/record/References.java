package cn.xuchang.directory.record;

/**
 * Whether the records a record refers to exist: in the data/ folder being read (every id of every kind
 * collected first), or in the database for one record sent to the API (looked up one by one).
 */
public interface References {

    boolean regionExists(String code);

    /** True when a record of the kind (its {@link RecordKind#name()}) with this id exists. */
    boolean exists(String kind, String id);
}
