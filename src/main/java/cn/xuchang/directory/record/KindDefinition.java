package cn.xuchang.directory.record;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.xuchang.directory.region.Region;

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
    private final Function<E, ? extends Versioned> view;
    private final Function<R, String> owner;

    /**
     * @param view  the record as the API shows it, e.g. {@code HotlineView::from}
     * @param owner the organization a record would belong to, e.g. {@code HotlineRecord::organization}
     */
    protected KindDefinition(String name, int order, String file, Class<R> recordType, Class<?> requestType,
            Class<E> entityType, Supplier<E> factory, Function<E, ? extends Versioned> view, Function<R, String> owner) {
        this.name = name;
        this.order = order;
        this.file = file;
        this.recordType = recordType;
        this.requestType = requestType;
        this.entityType = entityType;
        this.factory = factory;
        this.view = view;
        this.owner = owner;
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

    @Override
    public Versioned view(E entity) {
        return view.apply(entity);
    }

    @Override
    public String ownerId(R record) {
        return owner.apply(record);
    }

    /** Writes the kind's own fields, then what every record carries: source, verification, retirement. */
    @Override
    public final void apply(R record, E entity, EntityRefs refs) {
        applyFields(record, entity, refs);
        entity.source = record.source();
        if (record.lastVerified() != null) {
            entity.lastVerified = record.lastVerified();
        }
        if (entity instanceof RetirableRecord retirable) {
            retirable.retired = Boolean.TRUE.equals(record.retired());
        }
    }

    /** Writes the kind's own fields onto the entity, leaving unchanged ones alone (no needless SQL). */
    protected abstract void applyFields(R record, E entity, EntityRefs refs);

    /** Sets a relation to many records by their ids, touching it only when it changes. */
    protected static <T> void link(Set<T> target, List<String> ids, Class<T> type, EntityRefs refs) {
        Set<T> wanted = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            wanted.add(refs.get(type, id));
        }
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    /** The ids of related records, sorted, as a record lists them; null (left out) when there are none. */
    protected static <T> List<String> ids(Collection<T> related, Function<T, String> id) {
        return related.isEmpty() ? null : related.stream().map(id).sorted().toList();
    }

    /** A related record as a record names it: by its id; null when there is none. */
    protected static String id(EditableRecord related) {
        return related == null ? null : related.id;
    }

    /** A related region as a record names it: by its code; null when there is none. */
    protected static String code(Region region) {
        return region == null ? null : region.code;
    }

    /** True as a record writes a flag: present only when set. */
    protected static Boolean flag(boolean value) {
        return value ? Boolean.TRUE : null;
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
