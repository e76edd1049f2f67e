package cn.xuchang.directory.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.editing.OrganizationTree;
import cn.xuchang.directory.location.Location;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;
import cn.xuchang.directory.spreadsheet.SheetColumn.Choices;

/**
 * 表格中的记录 (the records a sheet shows): each kind's records being served, as its kind writes them, limited to
 * those an editor may change; and the names the list sheet offers. Runs in the caller's transaction.
 */
@ApplicationScoped
class SheetRecords {

    private final EntityManager em;
    private final Kinds kinds;
    private final OrganizationTree organizations;
    private final ObjectMapper json;

    SheetRecords(EntityManager em, Kinds kinds, OrganizationTree organizations, ObjectMapper json) {
        this.em = em;
        this.kinds = kinds;
        this.organizations = organizations;
        this.json = json;
    }

    Lookups lookups() {
        Lookups names = new Lookups();
        em.createQuery("from Region order by code", Region.class).getResultStream()
                .forEach(r -> names.put(Choices.REGIONS, r.code, r.name));
        em.createQuery("from Organization order by id", Organization.class).getResultStream()
                .filter(o -> !o.retired).forEach(o -> names.put(Choices.ORGANIZATIONS, o.id, o.name));
        em.createQuery("from PublicService order by id", PublicService.class).getResultStream()
                .filter(s -> !s.retired).forEach(s -> names.put(Choices.SERVICES, s.id, s.name));
        em.createQuery("from Location order by id", Location.class).getResultStream()
                .filter(l -> !l.retired).forEach(l -> names.put(Choices.LOCATIONS, l.id, l.name));
        return names;
    }

    /** Sheet by sheet, the records being served (retired ones left out) that {@code editor} may change; null: all. */
    Map<KindSheet, List<ObjectNode>> records(Editor editor) {
        Map<KindSheet, List<ObjectNode>> bySheet = new LinkedHashMap<>();
        for (KindSheet sheet : SheetLayout.SHEETS) {
            bySheet.put(sheet, records(kinds.get(sheet.kind()), editor));
        }
        return bySheet;
    }

    private <E extends EditableRecord> List<ObjectNode> records(RecordKind<?, E> kind, Editor editor) {
        List<ObjectNode> records = new ArrayList<>();
        em.createQuery("from " + kind.entityType().getSimpleName() + " order by id", kind.entityType())
                .getResultStream()
                .filter(e -> !kind.isRetired(e))
                .filter(e -> mayChange(editor, e.ownerId()))
                .forEach(e -> records.add(json.valueToTree(toRecord(kind, e))));
        return records;
    }

    private static <E extends EditableRecord> Object toRecord(RecordKind<?, E> kind, E entity) {
        return kind.toRecord(entity);
    }

    boolean mayChange(Editor editor, String ownerId) {
        return editor == null || editor.admin() || editor.mayChange(organizations.selfAndAncestors(ownerId));
    }
}
