package cn.xuchang.directory.record;

/** Finds the entity a record refers to by its id, for setting a relation (a reference is enough). */
public interface EntityRefs {

    /** The entity, or null when {@code id} is null. */
    <T> T get(Class<T> type, Object id);
}
