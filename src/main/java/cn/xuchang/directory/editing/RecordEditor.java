package cn.xuchang.directory.editing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.snapshot.ChangeLog;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * 编辑 (editing): the one path every change through the API takes — permission, If-Match, the same
 * checks as data/, the change written with its author in one transaction, then the in-memory directory
 * and search index refreshed. A failed change writes nothing.
 */
@ApplicationScoped
public class RecordEditor {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PhoneNumbers phones;
    private final DirectoryCache cache;
    private final ChangeLog changes;
    private final ObjectMapper json;

    public RecordEditor(PhoneNumbers phones, DirectoryCache cache, ChangeLog changes, ObjectMapper json) {
        this.phones = phones;
        this.cache = cache;
        this.changes = changes;
        this.json = json;
    }

    public <E extends EditableRecord, Q> Versioned create(EditableKind<E, Q> kind, Q request, Editor editor) {
        return write(kind.name(), editor, () -> {
            editor.requireMayChange(kind.owner(request), "records of that organization");
            E entity = kind.newEntity(kind.name() + "-" + UUID.randomUUID().toString().substring(0, 8));
            applyChecked(kind, request, entity, editor);
            return kind.view(entity);
        });
    }

    public <E extends EditableRecord, Q> Versioned replace(EditableKind<E, Q> kind, String id, String ifMatch,
            Q request, Editor editor) {
        return write(kind.name(), editor, () -> {
            E entity = existing(kind, id, editor);
            Preconditions.requireMatch(ifMatch, entity.version);
            editor.requireMayChange(kind.owner(request), "records of that organization");
            applyChecked(kind, request, entity, editor);
            return kind.view(entity);
        });
    }

    /** JSON Merge Patch over the record's current request form; then as {@link #replace}. */
    public <E extends EditableRecord, Q> Versioned patch(EditableKind<E, Q> kind, String id, String ifMatch,
            JsonNode patch, Editor editor) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", "send a JSON object with the fields to change");
        }
        return write(kind.name(), editor, () -> {
            E entity = existing(kind, id, editor);
            Preconditions.requireMatch(ifMatch, entity.version);
            JsonNode merged = MergePatch.apply(json.valueToTree(kind.toRequest(entity)), patch);
            Q request;
            try {
                request = json.treeToValue(merged, kind.requestType());
            } catch (JsonProcessingException e) {
                throw ApiException.fromJson(e);
            }
            editor.requireMayChange(kind.owner(request), "records of that organization");
            applyChecked(kind, request, entity, editor);
            return kind.view(entity);
        });
    }

    public <E extends EditableRecord, Q> Versioned setRetired(EditableKind<E, Q> kind, String id, String ifMatch,
            boolean retired, Editor editor) {
        return write(kind.name(), editor, () -> {
            E entity = existing(kind, id, editor);
            Preconditions.requireMatch(ifMatch, entity.version);
            if (kind.isRetired(entity) != retired) {
                kind.setRetired(entity, retired);
                touch(entity, editor);
            }
            return kind.view(entity);
        });
    }

    /** Records that the editor confirmed the record today; no If-Match needed, nothing else changes. */
    public <E extends EditableRecord, Q> Versioned verify(EditableKind<E, Q> kind, String id, Editor editor) {
        return write(kind.name(), editor, () -> {
            E entity = existing(kind, id, editor);
            entity.lastVerified = LocalDate.now(CHINA);
            entity.verifiedBy = editor.name();
            touch(entity, editor);
            return kind.view(entity);
        });
    }

    private <E extends EditableRecord, Q> E existing(EditableKind<E, Q> kind, String id, Editor editor) {
        E entity = ApiException.orNotFound(kind.find(id), kind.name(), id);
        editor.requireMayChange(entity.owner(), "this " + kind.name());
        return entity;
    }

    private <E extends EditableRecord, Q> void applyChecked(EditableKind<E, Q> kind, Q request, E entity,
            Editor editor) {
        Validation validation = new Validation(phones, editor);
        json.valueToTree(request).fields().forEachRemaining(field -> {
            if (hasControlCharacters(field.getValue())) {
                validation.problem(field.getKey(), "control characters are not allowed");
            }
        });
        kind.apply(request, entity, validation);
        validation.throwIfProblems();
        editor.requireMayChange(entity.owner(), "records of that organization");
        touch(entity, editor);
    }

    /** True when a text in the value holds a control character other than a line break or a tab. */
    private static boolean hasControlCharacters(JsonNode value) {
        if (value.isTextual()) {
            return value.asText().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
        }
        for (JsonNode item : value) {
            if (hasControlCharacters(item)) {
                return true;
            }
        }
        return false;
    }

    private static void touch(EditableRecord entity, Editor editor) {
        entity.updatedBy = editor.name();
        entity.updatedAt = Instant.now();
        entity.persist();
        entity.flush();
    }

    /**
     * Runs one change in its own transaction with its author (Envers writes the revision at commit, so the
     * author must still be set then), then refreshes what citizens read.
     */
    private Versioned write(String kind, Editor editor, java.util.function.Supplier<Versioned> change) {
        Versioned result = RevisionAuthorListener.as(editor.name(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Versioned changed = change.get();
                    changes.changed(kind, ((HasId) changed).id());
                    return changed;
                }));
        cache.follow();
        return result;
    }

}
