package cn.xuchang.directory.editing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import cn.xuchang.directory.common.Problem;
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

    /**
     * What a change would be, checked exactly as a write is but written nowhere (a spreadsheet's preview): the record
     * as it would be stored and as it stands, in the request's fields, and what is wrong with it. Runs in the caller's
     * transaction. {@code pending} says which records the same batch will create, so that rows may refer to them;
     * a field not {@code sent} keeps its current value (a sheet without that column).
     */
    public <R extends KindRecord, E extends EditableRecord> Check check(RecordKind<R, E> kind, String id,
            ObjectNode fields, java.util.function.Predicate<String> sent, Editor editor,
            java.util.function.BiPredicate<String, String> pending) {
        E entity = em.find(kind.entityType(), id);
        ObjectNode before = null;
        if (entity != null) {
            before = json.valueToTree(kind.toRecord(entity));
            before.retain(requestFields(kind));
            before.fields().forEachRemaining(f -> {
                if (!sent.test(f.getKey())) {
                    fields.set(f.getKey(), f.getValue());
                }
            });
        }
        Long version = entity == null ? null : entity.version;
        R record;
        try {
            record = record(kind, id, entity, fields);
        } catch (ApiException e) {
            return new Check(null, before, version, e.toProblem(null).errors(), null);
        }
        Validation validation = new Validation(em, kinds, editor, pending);
        R checked = kind.check(Located.request(record), validation.rules());
        String forbidden = null;
        try {
            kind.checkEdit(checked, entity == null ? kind.newEntity(id) : entity, validation);
        } catch (ApiException e) {
            forbidden = e.getMessage();
        }
        if (!editor.admin()) {
            if (entity != null && !editor.mayChange(organizations.selfAndAncestors(entity.ownerId()))) {
                forbidden = "Your organization (" + editor.organizationId() + ") may not change this " + kind.name();
            } else if (!pending.test("organization", kind.ownerId(checked))
                    && !editor.mayChange(organizations.selfAndAncestors(kind.ownerId(checked)))) {
                forbidden = "Your organization (" + editor.organizationId() + ") may not change records of "
                        + kind.ownerId(checked);
            }
        }
        ObjectNode after = json.valueToTree(checked);
        after.retain(requestFields(kind));
        List<Problem.FieldError> problems = validation.problems().stream()
                .map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        return new Check(after, before, version, problems, forbidden);
    }

    /**
     * A checked change: the record as it would be stored ({@code after}, null when unreadable) and as it stands
     * ({@code before}, null when new), both in the request's fields; its version; the problems; why it is forbidden.
     */
    public record Check(ObjectNode after, ObjectNode before, Long version, List<Problem.FieldError> problems,
            String forbidden) {
    }

    /** One step of a batch: create, replace or retire one record; {@code version} as the batch was prepared. */
    public record Step(RecordKind<?, ?> kind, String id, JsonNode fields, Long version, Action action) {
    }

    public enum Action {
        CREATE, UPDATE, RETIRE
    }

    /**
     * Applies every step in one transaction with the editor as author, each as a single write would (checks,
     * permission, one change-feed entry per record) — or none: 409 naming every record that changed, or was
     * created, since the steps were prepared. Then what citizens read is refreshed once.
     */
    public int applyAll(List<Step> steps, Editor editor) {
        int written = RevisionAuthorListener.as(editor.name(), () -> QuarkusTransaction.requiringNew().call(() -> {
            List<Problem.FieldError> stale = new java.util.ArrayList<>();
            for (Step step : steps) {
                EditableRecord current = em.find(step.kind().entityType(), step.id());
                boolean changed = step.action() == Action.CREATE ? current != null
                        : current == null || current.version != step.version();
                if (changed) {
                    stale.add(new Problem.FieldError(step.kind().name() + "/" + step.id(), current == null
                            ? "no longer exists" : step.action() == Action.CREATE ? "was created meanwhile"
                            : "changed since the preview (version " + step.version() + ", now " + current.version
                                    + ", by " + current.updatedBy + ")"));
                }
            }
            if (!stale.isEmpty()) {
                throw new ApiException(409, "/problems/changed-since-preview", "Changed since the preview",
                        "These records changed after the preview was made; upload the sheet again: " + String.join(
                                ", ", stale.stream().map(Problem.FieldError::field).toList()), stale);
            }
            int count = 0;
            for (Step step : steps) {
                count += apply(step.kind(), step, editor) ? 1 : 0;
            }
            return count;
        }));
        changed.fire(new DirectoryChanged(ChangeLog.EVERYTHING, null));
        return written;
    }

    private <R extends KindRecord, E extends EditableRecord> boolean apply(RecordKind<R, E> kind, Step step,
            Editor editor) {
        E entity;
        ChangeLog.Type type;
        if (step.action() == Action.CREATE) {
            R record = record(kind, step.id(), null, step.fields());
            requireMayChange(editor, kind.ownerId(record), "records of that organization");
            entity = kind.newEntity(step.id());
            applyChecked(kind, record, step.fields(), entity, editor);
            type = ChangeLog.Type.CREATED;
        } else {
            entity = existing(kind, step.id(), editor);
            if (step.action() == Action.RETIRE) {
                if (kind.isRetired(entity)) {
                    return false;
                }
                kind.setRetired(entity, true);
                touch(entity, editor);
                type = ChangeLog.Type.RETIRED;
            } else {
                R record = record(kind, step.id(), entity, step.fields());
                requireMayChange(editor, kind.ownerId(record), "records of that organization");
                applyChecked(kind, record, step.fields(), entity, editor);
                type = ChangeLog.Type.UPDATED;
            }
        }
        changes.changed(kind.name(), entity.id, type, entity.version, kind.toRecord(entity));
        return true;
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
