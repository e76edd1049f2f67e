package cn.xuchang.directory.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.KindRecord;
import cn.xuchang.directory.record.RecordKind;

/** 修改历史 (history): every committed change of a record, read from the Envers audit tables and diffed field by field. */
@ApplicationScoped
public class EditHistory {

    private final EntityManager em;
    private final ObjectMapper json;
    private final OrganizationTree organizations;

    public EditHistory(EntityManager em, ObjectMapper json, OrganizationTree organizations) {
        this.em = em;
        this.json = json;
        this.organizations = organizations;
    }

    /**
     * The record's changes, oldest first, compared field by field in the kind's record shape (data/'s); for an
     * editor who may change the record as it stands (its history names the people who changed it), else 403.
     */
    @Transactional
    public <R extends KindRecord, E extends EditableRecord> List<ChangeView> of(RecordKind<R, E> kind, String id,
            Editor editor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(kind.entityType(), false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound(kind.name(), id);
        }
        if (!editor.admin()) {
            // A record no longer stored has no organization: its history is for admins, like records without one.
            E current = em.find(kind.entityType(), id);
            editor.requireMayReadHistory(current == null ? List.of() : organizations.selfAndAncestors(current.ownerId()),
                    "this " + kind.name());
        }
        List<ChangeView> history = new ArrayList<>();
        JsonNode previous = null;
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType type0 = (RevisionType) row[2];
            @SuppressWarnings("unchecked")
            JsonNode current = type0 == RevisionType.DEL ? null : json.valueToTree(kind.toRecord((E) row[0]));
            String action = switch (type0) {
                case ADD -> "created";
                case DEL -> "deleted";
                default -> "changed";
            };
            history.add(new ChangeView(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.author, action,
                    diff(previous, current)));
            previous = current;
        }
        return history;
    }

    private List<ChangeView.FieldChange> diff(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        collect(before, fields);
        collect(after, fields);
        List<ChangeView.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode from = before == null ? null : before.get(field);
            JsonNode to = after == null ? null : after.get(field);
            if (!Objects.equals(value(from), value(to)) && !"id".equals(field)) {
                changes.add(new ChangeView.FieldChange(field, value(from), value(to)));
            }
        }
        return changes;
    }

    private static void collect(JsonNode node, Set<String> fields) {
        if (node != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                fields.add(names.next());
            }
        }
    }

    private static JsonNode value(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
