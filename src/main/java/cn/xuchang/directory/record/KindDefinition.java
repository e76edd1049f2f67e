package cn.xuchang.directory.record;

import java.util.function.Supplier;

/**
 * What every {@link RecordKind} states the same way — its name, place in the import, types, data/ file
 * and how a new entity is made — so that a kind's own class holds only its rules and its fields.
 */
public abstract class KindDefinition<R extends KindRecord, E extends EditableRecord> implements RecordKind<R, E> {

    private final String name;
    private final int order;
    private final String file;
    private final Class<R> recordType;
    private final Class<?> requestType;
    private final Class<E> entityType;
    private final Supplier<E> factory;

    protected KindDefinition(String name, int order, String file, Class<R> recordType, Class<?> requestType,
            Class<E> entityType, Supplier<E> factory) {
        this.name = name;
        this.order = order;
        this.file = file;
        this.recordType = recordType;
        this.requestType = requestType;
        this.entityType = entityType;
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Class<R> recordType() {
        return recordType;
    }

    @Override
    public Class<?> requestType() {
        return requestType;
    }

    @Override
    public Class<E> entityType() {
        return entityType;
    }

    @Override
    public E newEntity(String id) {
        E entity = factory.get();
        entity.id = id;
        return entity;
    }

    /** Retired by its flag; a kind retired otherwise (hotlines, by status) overrides both. */
    @Override
    public boolean isRetired(E entity) {
        return ((RetirableRecord) entity).retired;
    }

    @Override
    public void setRetired(E entity, boolean retired) {
        ((RetirableRecord) entity).retired = retired;
    }
}
