package cn.xuchang.directory.record;

import java.util.List;

/**
 * 记录种类 (record kind): the one definition of a kind of record that the write API, the data/ import,
 * the export and the history all use — its record shape (data/ and API), how a record is checked,
 * written onto its entity and read back, and who owns it. A kind is a feature package with one of these.
 *
 * @param <R> the record: the fields of a data/ entry, named as editors write them
 * @param <E> the entity it is stored as
 */
public interface RecordKind<R extends KindRecord, E extends EditableRecord> {

    /** Singular name used in messages, ids, the history and the change log: "hotline". */
    String name();

    /** Where the kind stands in the import: kinds that others refer to come first (organizations: 10). */
    int order();

    Class<R> recordType();

    /** What an editor sends: the record without the server's fields (id, retired, lastVerified). */
    Class<?> requestType();

    Class<E> entityType();

    /** The data/ file the kind's records are read from and exported to. */
    String file();

    E newEntity(String id);

    /**
     * Checks one record's own fields and references, collecting problems in {@code rules}; returns it
     * normalized (codes, number forms, sorted sets) as it will be stored and compared.
     */
    R check(Located<R> entry, RecordRules rules);

    /** Writes a checked record onto its entity, leaving unchanged fields alone (no needless SQL). */
    void apply(R record, E entity, EntityRefs refs);

    /**
     * Sets the relations to records of the same kind, once all of them exist (a merged hotline's
     * successor): the import calls it after every record is written, the API right after {@link #apply}.
     */
    default void link(R record, E entity, EntityRefs refs) {
    }

    /** Whether {@link #link} has anything to set for this record: the import reads back only those. */
    default boolean linksOthers(R record) {
        return false;
    }

    /** The entity as a record: for export, history, and comparing with data/. */
    R toRecord(E entity);

    /** What an import compares and hashes of a record (a location without its nested windows). */
    default Object canonical(R record) {
        return record;
    }

    /** The record as the API shows it. */
    Versioned view(E entity);

    /** The organization a record would belong to, which decides who may edit it; null when none. */
    String ownerId(R record);

    boolean isRetired(E entity);

    void setRetired(E entity, boolean retired);

    /** Rules only for changes through the API (not data/): e.g. "retire with the retire action". */
    default void checkEdit(R record, E current, EditCheck check) {
    }

    /** Before an import deletes a record the files dropped: loosen what refers to it. */
    default void beforeDelete(E entity) {
    }

    /** Where this kind's records come from in the data/ folder. */
    default List<Located<R>> read(DataFiles files) {
        return files.yaml(file(), recordType());
    }

    /** Puts this kind's records (all of them, in id order) into the export, file by file. */
    default void export(List<E> entities, DataFiles.Export export) {
        export.add(file(), entities.stream().map(this::toRecord).toList());
    }

    /** The order in which checked records can be inserted (parents first); as read by default. */
    default List<R> inInsertOrder(List<Located<R>> checked, RecordRules rules) {
        return checked.stream().map(Located::value).toList();
    }

    /** What API-only rules may ask: who is editing, and how to refuse. */
    interface EditCheck {
        boolean admin();

        void problem(String field, String message);

        /** 403 for a change this editor may not make, whatever else is wrong with the request. */
        void forbid(String why);

        <T> T find(Class<T> type, Object id);
    }
}
