package cn.xuchang.directory.editing;

import cn.xuchang.directory.organization.Organization;

/**
 * How the write API edits one kind of record: its request shape, how a request is checked and applied,
 * and which organization a request would make the record belong to.
 *
 * @param <E> the entity
 * @param <Q> the request body clients send to create or replace it
 */
public interface EditableKind<E extends EditableRecord, Q> {

    /** Singular name used in messages and ids: "hotline". */
    String name();

    Class<Q> requestType();

    E find(String id);

    E newEntity(String id);

    /** The entity as a request body, the base a merge patch applies to. */
    Q toRequest(E entity);

    /** The organization a record built from this request would belong to, or null. */
    Organization owner(Q request);

    /** Checks the request; when {@code validation} found no problem, applies it to the entity. */
    void apply(Q request, E entity, Validation validation);

    /** Retires or restores the record (a hotline's status, other records' flag). */
    void setRetired(E entity, boolean retired);

    boolean isRetired(E entity);

    /** The record as the API shows it. */
    Versioned view(E entity);
}
