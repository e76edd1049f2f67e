package cn.xuchang.directory.editing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.KindRecord;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.record.Versioned;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * 编辑 (editing): the one path every change through the API takes, for every kind — permission, If-Match,
 * the kind's own checks (the same as data/), the change written with its author in one transaction, then
 * what citizens read refreshed. A request is the kind's record without the server's fields (id, retired,
 * lastVerified), which come from the record as it stands. A failed change writes nothing.
 */
@ApplicationScoped
public class RecordEditor {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final Kinds kinds;
    private final OrganizationTree organizations;
    private final ChangeLog changes;
    private final Event<DirectoryChanged> changed;
    private final ObjectMapper json;
    private final Map<Class<?>, Set<String>> requestFields = new ConcurrentHashMap<>();

    public RecordEditor(EntityManager em, Kinds kinds, OrganizationTree organizations, ChangeLog changes,
            Event<DirectoryChanged> changed, ObjectMapper json) {
        this.em = em;
        this.kinds = kinds;
        this.organizations = organizations;
        this.changes = changes;
        this.changed = changed;
        this.json = json;
    }

    public <R extends KindRecord, E extends EditableRecord> Versioned create(RecordKind<R, E> kind, Object request,
            Editor editor) {
        String id = kind.name() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return write(kind, id, editor, () -> {
            JsonNode fields = json.valueToTree(request);
            R record = record(kind, id, null, fields);
            requireMayChange(editor, kind.ownerId(record), "records of that organization");
            E entity = kind.newEntity(id);
            applyChecked(kind, record, fields, entity, editor);
            return new Written<>(entity, ChangeLog.Type.CREATED);
        });
    }

    public <R extends KindRecord, E extends EditableRecord> Versioned replace(RecordKind<R, E> kind, String id,
            String ifMatch, Object request, Editor editor) {
        return change(kind, id, ifMatch, editor, entity -> json.valueToTree(request));
    }

    /** JSON Merge Patch over the record's current request form; then as {@link #replace}. */
    public <R extends KindRecord, E extends EditableRecord> Versioned patch(RecordKind<R, E> kind, String id,
            String ifMatch, JsonNode patch, Editor editor) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", "send a JSON object with the fields to change");
        }
        return change(kind, id, ifMatch, editor, entity -> {
            ObjectNode current = json.valueToTree(kind.toRecord(entity));
            current.retain(requestFields(kind));
            JsonNode merged = MergePatch.apply(current, patch);
            try {
                return json.valueToTree(json.treeToValue(merged, kind.requestType()));
            } catch (JsonProcessingException e) {
                throw ApiException.fromJson(e);
            }
        });
    }

    public <R extends KindRecord, E extends EditableRecord> Versioned setRetired(RecordKind<R, E> kind, String id,
            String ifMatch, boolean retired, Editor editor) {
        return write(kind, id, editor, () -> {
            E entity = existing(kind, id, editor);
            Preconditions.requireMatch(ifMatch, entity.version);
            if (kind.isRetired(entity) == retired) {
                return new Written<>(entity, null);
            }
            kind.setRetired(entity, retired);
            touch(entity, editor);
            return new Written<>(entity, retired ? ChangeLog.Type.RETIRED : ChangeLog.Type.RESTORED);
        });
    }

    /** Records that the editor confirmed the record today; no If-Match needed, nothing else changes. */
    public <R extends KindRecord, E extends EditableRecord> Versioned verify(RecordKind<R, E> kind, String id,
            Editor editor) {
        return write(kind, id, editor, () -> {
            E entity = existing(kind, id, editor);
            entity.lastVerified = LocalDate.now(CHINA);
            entity.verifiedBy = editor.name();
            touch(entity, editor);
            return new Written<>(entity, ChangeLog.Type.UPDATED);
        });
    }

    /** The entity a change left, and what happened to it for the change feed (null: nothing changed). */
    private record Written<E>(E entity, ChangeLog.Type type) {
    }

    private interface RequestOf<E> {
        JsonNode fields(E entity);
    }

    private <R extends KindRecord, E extends EditableRecord> Versioned change(RecordKind<R, E> kind, String id,
            String ifMatch, Editor editor, RequestOf<E> request) {
        return write(kind, id, editor, () -> {
            E entity = existing(kind, id, editor);
            Preconditions.requireMatch(ifMatch, entity.version);
            JsonNode fields = request.fields(entity);
            R record = record(kind, id, entity, fields);
            requireMayChange(editor, kind.ownerId(record), "records of that organization");
            applyChecked(kind, record, fields, entity, editor);
            return new Written<>(entity, ChangeLog.Type.UPDATED);
        });
    }

    /** The request's fields over the server's fields of the record as it stands (none for a new one). */
    private <R extends KindRecord, E extends EditableRecord> R record(RecordKind<R, E> kind, String id, E current,
            JsonNode fields) {
        ObjectNode record = current == null ? json.createObjectNode() : json.valueToTree(kind.toRecord(current));
        record.remove(requestFields(kind));
        fields.fields().forEachRemaining(f -> record.set(f.getKey(), f.getValue()));
        record.put("id", id);
        try {
            return json.treeToValue(record, kind.recordType());
        } catch (JsonProcessingException e) {
            throw ApiException.fromJson(e);
        }
    }

    private Set<String> requestFields(RecordKind<?, ?> kind) {
        return requestFields.computeIfAbsent(kind.requestType(), type -> json.getSerializationConfig()
                .introspect(json.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toUnmodifiableSet()));
    }

    private <R extends KindRecord, E extends EditableRecord> E existing(RecordKind<R, E> kind, String id,
            Editor editor) {
        E entity = ApiException.orNotFound(em.find(kind.entityType(), id), kind.name(), id);
        requireMayChange(editor, entity.ownerId(), "this " + kind.name());
        return entity;
    }

    private <R extends KindRecord, E extends EditableRecord> void applyChecked(RecordKind<R, E> kind, R record,
            JsonNode fields, E entity, Editor editor) {
        // Texts with control characters never get here: every string of a request is read through common/StoredText.
        Validation validation = new Validation(em, kinds, editor);
        R checked = kind.check(Located.request(record), validation.rules());
        kind.checkEdit(checked, entity, validation);
        validation.throwIfProblems();
        kind.apply(checked, entity, validation);
        kind.link(checked, entity, validation);
        touch(entity, editor);
        requireMayChange(editor, entity.ownerId(), "records of that organization");
    }

    private void requireMayChange(Editor editor, String ownerId, String what) {
        if (!editor.admin()) {
            editor.requireMayChange(organizations.selfAndAncestors(ownerId), what);
        }
    }

    private static void touch(EditableRecord entity, Editor editor) {
        entity.updatedBy = editor.name();
        entity.updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it, so the answer matches a later read
        entity.persist();
        entity.flush();
    }

    /**
     * Runs one change in its own transaction with its author (Envers writes the revision at commit, so the
     * author must still be set then), then refreshes what citizens read.
     */
    private <R extends KindRecord, E extends EditableRecord> Versioned write(RecordKind<R, E> kind, String id,
            Editor editor, Supplier<Written<E>> change) {
        Versioned result = RevisionAuthorListener.as(editor.name(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Written<E> written = change.get();
                    E entity = written.entity();
                    if (written.type() != null) {
                        changes.changed(kind.name(), entity.id, written.type(), entity.version, kind.toRecord(entity));
                    }
                    return kind.view(entity);
                }));
        changed.fire(new DirectoryChanged(kind.name(), id));
        return result;
    }
}
