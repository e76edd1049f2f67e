package cn.xuchang.directory.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.editing.RecordEditor;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.spreadsheet.PreviewView.CellError;
import cn.xuchang.directory.spreadsheet.PreviewView.FieldChange;
import cn.xuchang.directory.spreadsheet.PreviewView.MissingView;
import cn.xuchang.directory.spreadsheet.PreviewView.RowView;

/**
 * 生成预览 (building a preview): each row of an upload checked as the write API would check it (RecordEditor.check,
 * the kinds' own rules and the uploader's organization), compared field by field with the record as it stands.
 * Nothing is written. Rows may refer to records that other rows of the same file create.
 */
@ApplicationScoped
class PreviewBuilder {

    static final String CREATE = "create";
    static final String UPDATE = "update";
    static final String UNCHANGED = "unchanged";
    static final String ERROR = "error";
    static final String RETIRE = "retire";

    private final RecordEditor editor;
    private final Kinds kinds;
    private final SheetRecords records;
    private final EntityManager em;
    private final ObjectMapper json;

    PreviewBuilder(RecordEditor editor, Kinds kinds, SheetRecords records, EntityManager em, ObjectMapper json) {
        this.editor = editor;
        this.kinds = kinds;
        this.records = records;
        this.em = em;
        this.json = json;
    }

    /** The rows' views, the steps apply would take, and the records left out, for an upload by {@code uploader}. */
    record Built(List<RowView> rows, List<StoredPreview.Step> steps, List<MissingView> missing,
            List<StoredPreview.Step> retire) {
    }

    @Transactional
    Built build(Upload upload, Editor uploader) {
        Lookups names = records.lookups();
        // Every row's id before any row is checked, so that rows may refer to the records other rows create: by id,
        // or — for a new location, organization or service left without one — by its name.
        Map<SheetRow, String> ids = new IdentityHashMap<>();
        Set<String> pending = new HashSet<>();
        for (ParsedSheet sheet : upload.sheets) {
            for (SheetRow row : sheet.rows) {
                String id = givenId(sheet, row);
                while (id == null || givenId(sheet, row) == null && pending.contains(sheet.layout.kind() + ":" + id)) {
                    // 8 hex digits, as the API's creates: among 50,000 new rows two would draw the same one in
                    // about one file of three, so a drawn id is drawn again until the file holds it once.
                    id = sheet.layout.kind() + "-" + UUID.randomUUID().toString().substring(0, 8);
                }
                ids.put(row, id);
                pending.add(sheet.layout.kind() + ":" + id);
                nameNew(sheet, row, id, names);
            }
        }
        List<RowView> rows = new ArrayList<>();
        List<StoredPreview.Step> steps = new ArrayList<>();
        List<MissingView> missing = new ArrayList<>();
        List<StoredPreview.Step> retire = new ArrayList<>();
        for (ParsedSheet sheet : upload.sheets) {
            RecordKind<?, ?> kind = kinds.get(sheet.layout.kind());
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < sheet.rows.size(); i++) {
                SheetRow row = sheet.rows.set(i, null); // read once: let it go as its view is made
                rows.add(row(sheet, kind, row, ids.remove(row), names, uploader, pending, seen, steps));
                if (rows.size() % 500 == 0) {
                    em.clear(); // a preview reads many records once each: keep the persistence context small
                }
            }
            if (sheet.hasHeader()) {
                missing(kind, seen.keySet(), uploader, missing, retire);
            }
        }
        Map<String, Integer> sheetOrder = new HashMap<>();
        upload.sheets.forEach(sheet -> sheetOrder.put(sheet.title, SheetLayout.SHEETS.indexOf(sheet.layout)));
        rows.sort(Comparator.comparing((RowView r) -> !r.action().equals(ERROR))
                .thenComparingInt(r -> sheetOrder.get(r.sheet()))
                .thenComparingInt(RowView::row));
        return new Built(rows, steps, missing, retire);
    }

    private static String givenId(ParsedSheet sheet, SheetRow row) {
        String id = sheet.layout.byField("id").map(row.cells()::get).orElse(null);
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** A new location, organization or service: its name now finds it, as the names of existing ones do. */
    private static void nameNew(ParsedSheet sheet, SheetRow row, String id, Lookups names) {
        SheetColumn.Choices list = switch (sheet.layout.kind()) {
            case "location" -> SheetColumn.Choices.LOCATIONS;
            case "organization" -> SheetColumn.Choices.ORGANIZATIONS;
            case "service" -> SheetColumn.Choices.SERVICES;
            default -> null;
        };
        String name = sheet.layout.byField("name").map(row.cells()::get).orElse(null);
        if (list != null && name != null && !name.isBlank() && !names.has(list, id)) {
            names.put(list, id, name.strip());
        }
    }

    private RowView row(ParsedSheet sheet, RecordKind<?, ?> kind, SheetRow row, String id, Lookups names,
            Editor uploader, Set<String> pending, Map<String, Integer> seen, List<StoredPreview.Step> steps) {
        List<CellError> errors = new ArrayList<>();
        ObjectNode fields = json.createObjectNode();
        for (Map.Entry<SheetColumn, String> cell : row.cells().entrySet()) {
            SheetColumn column = cell.getKey();
            if (column.field().equals("id")) {
                continue;
            }
            try {
                JsonNode value = CellValues.read(column, cell.getValue(), names);
                if (value != null) {
                    fields.set(column.field(), value);
                }
            } catch (CellValues.BadCell bad) {
                errors.add(error(sheet, row, column, bad.code, bad.getMessage(), null));
            }
        }
        SheetColumn idColumn = sheet.layout.byField("id").orElseThrow();
        if (givenId(sheet, row) != null && !RecordRules.isSlug(id)) {
            errors.add(error(sheet, row, idColumn, "INVALID_ID",
                    "编号只能由小写字母、数字和单个连字符组成（如 startup-loan-yuzhou），留空则新建", null));
        }
        Integer first = seen.putIfAbsent(id, row.number());
        if (first != null) {
            errors.add(error(sheet, row, idColumn, "DUPLICATE_ID", "编号「" + id + "」与第 " + first + " 行重复", null));
        }
        if (!errors.isEmpty() && errors.stream().anyMatch(e -> e.code().equals("INVALID_ID"))) {
            return new RowView(sheet.title, row.number(), kind.name(), id, ERROR, List.of(), errors);
        }
        RecordEditor.Check check = editor.check(kind, id, fields,
                field -> sheet.layout.byField(field).map(sheet::has).orElse(false), uploader,
                (k, i) -> pending.contains(k + ":" + i));
        for (Problem.FieldError problem : check.problems()) {
            ChineseMessages.Worded worded = ChineseMessages.of(problem.field(), problem.message());
            SheetColumn column = sheet.layout.byField(problem.field()).orElse(null);
            errors.add(error(sheet, row, column, worded.code(), worded.message(), problem.message()));
        }
        List<FieldChange> changes = errors.isEmpty() && check.after() != null
                ? changes(sheet, check.before(), check.after(), names) : List.of();
        boolean unchanged = errors.isEmpty() && check.after() != null && check.before() != null && changes.isEmpty();
        if (check.forbidden() != null && !unchanged) { // a row that changes nothing asks for no permission
            errors.add(error(sheet, row, sheet.layout.byField("organization").orElse(null), "OUTSIDE_ORGANIZATION",
                    "这条记录不属于您的机构（" + uploader.organizationId() + "）及其下级机构，无权导入", check.forbidden()));
        }
        if (!errors.isEmpty() || check.after() == null) {
            return new RowView(sheet.title, row.number(), kind.name(), id, ERROR, List.of(), errors);
        }
        String action = check.before() == null ? CREATE : changes.isEmpty() ? UNCHANGED : UPDATE;
        if (!action.equals(UNCHANGED)) {
            steps.add(new StoredPreview.Step(kind.name(), id, action, check.version(), check.after()));
        }
        return new RowView(sheet.title, row.number(), kind.name(), id, action, changes, List.of());
    }

    private static List<FieldChange> changes(ParsedSheet sheet, ObjectNode before, ObjectNode after, Lookups names) {
        List<FieldChange> changes = new ArrayList<>();
        Set<String> fields = new java.util.LinkedHashSet<>();
        after.fieldNames().forEachRemaining(fields::add);
        if (before != null) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        for (String field : fields) {
            JsonNode was = before == null ? null : before.get(field);
            JsonNode now = after.get(field);
            if (was == null ? now == null : was.equals(now)) {
                continue;
            }
            SheetColumn column = sheet.layout.byField(field).orElse(null);
            changes.add(new FieldChange(field, column == null ? field : sheet.columnName(column),
                    column == null ? text(was) : emptyToNull(CellValues.write(column, was, names)),
                    column == null ? text(now) : emptyToNull(CellValues.write(column, now, names))));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.isTextual() ? node.asText() : node.toString();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static CellError error(ParsedSheet sheet, SheetRow row, SheetColumn column, String code, String message,
            String detail) {
        return new CellError(sheet.title, row.number(), column == null ? null : sheet.columnName(column),
                column == null ? null : column.field(), code, message, detail);
    }

    /** The kind's records being served, in the uploader's reach, that the file does not hold. */
    private <E extends EditableRecord> void missing(RecordKind<?, E> kind, Set<String> inFile, Editor uploader,
            List<MissingView> missing, List<StoredPreview.Step> retire) {
        em.createQuery("from " + kind.entityType().getSimpleName() + " order by id", kind.entityType())
                .getResultStream()
                .filter(e -> !inFile.contains(e.id) && !kind.isRetired(e) && records.mayChange(uploader, e.ownerId()))
                .forEach(e -> {
                    JsonNode record = json.valueToTree(kind.toRecord(e));
                    String name = record.path("name").asText(record.path("label").asText(e.id));
                    missing.add(new MissingView(kind.name(), e.id, name));
                    retire.add(new StoredPreview.Step(kind.name(), e.id, RETIRE, e.version, null));
                });
    }
}
