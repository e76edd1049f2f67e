package cn.xuchang.directory.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.editing.RecordEditor;
import cn.xuchang.directory.spreadsheet.PreviewView.Counts;
import cn.xuchang.directory.spreadsheet.PreviewView.RowView;

/**
 * 表格导入 (spreadsheet import): an upload read (streaming .xlsx or CSV), previewed and kept; later, by its id, applied
 * in one transaction — or refused while it has errors, or when a record it touches changed since.
 */
@ApplicationScoped
class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final PreviewBuilder builder;
    private final PreviewStore store;
    private final RecordEditor editor;
    private final Kinds kinds;
    private final Duration ttl;

    ImportService(PreviewBuilder builder, PreviewStore store, RecordEditor editor, Kinds kinds,
            DirectoryConfig config) {
        this.builder = builder;
        this.store = store;
        this.editor = editor;
        this.kinds = kinds;
        this.ttl = config.imports().previewTtl();
    }

    PreviewView preview(byte[] body, boolean csv, String kind, Editor uploader) {
        Upload upload = read(body, csv, kind);
        PreviewBuilder.Built built = builder.build(upload, uploader);
        Map<String, Integer> counts = new HashMap<>();
        built.rows().forEach(r -> counts.merge(r.action(), 1, Integer::sum));
        boolean blocked = counts.containsKey(PreviewBuilder.ERROR) || upload.notices.stream().anyMatch(Notice::blocking);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        PreviewView view = new PreviewView(UUID.randomUUID().toString(), blocked ? "has-errors" : "ready",
                upload.format, upload.encoding, uploader.name(), now, now.plus(ttl),
                new Counts(counts.getOrDefault(PreviewBuilder.CREATE, 0), counts.getOrDefault(PreviewBuilder.UPDATE, 0),
                        counts.getOrDefault(PreviewBuilder.UNCHANGED, 0), counts.getOrDefault(PreviewBuilder.ERROR, 0),
                        built.missing().size()),
                upload.notices.stream().sorted(java.util.Comparator.comparing((Notice n) -> !n.blocking()))
                        .limit(SpreadsheetLimits.MAX_NOTICES).toList(),
                built.rows(), built.missing());
        store.save(new StoredPreview(view, built.steps(), built.retire()));
        return view;
    }

    /** .xlsx by its zip signature, whatever the type says; the old binary .xls refused; anything else as CSV. */
    private static Upload read(byte[] body, boolean csv, String kind) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid("body", "上传的文件是空的 (the file is empty)");
        }
        boolean zip = body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
        boolean ole2 = body.length > 8 && (body[0] & 0xFF) == 0xD0 && (body[1] & 0xFF) == 0xCF
                && (body[2] & 0xFF) == 0x11 && (body[3] & 0xFF) == 0xE0;
        if (ole2) {
            throw new ApiException(415, "/problems/unsupported-media-type", "Unsupported Media Type",
                    "这是旧版 Excel 97-2003 (.xls) 文件：请另存为「Excel 工作簿 (.xlsx)」再上传 (.xls is not taken: save as "
                            + ".xlsx)", List.of());
        }
        if (!zip && !csv) {
            throw CsvReader.unreadable("文件不是 .xlsx 工作簿 (not an .xlsx workbook)");
        }
        try {
            return zip ? xlsx(body) : CsvReader.read(body, kind);
        } catch (ApiException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            LOG.debugf(e, "unreadable upload");
            throw CsvReader.unreadable("无法读取文件：" + reason(e) + " (the file cannot be read)");
        }
    }

    private static Upload xlsx(byte[] body) throws Exception {
        Path file = Files.createTempFile("import-", ".xlsx");
        try {
            Files.write(file, body);
            return XlsxReader.read(file.toFile());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String reason(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return "压缩比异常（疑似 zip 炸弹），拒绝解压";
        }
        if (message.contains("exceeds the max entry size") || message.contains("max entry size")) {
            return "文件中的某一部分解压后过大";
        }
        return "不是有效的 .xlsx 或 CSV 文件";
    }

    PreviewView find(String id, Editor reader) {
        PreviewStore.Kept kept = kept(id);
        requireOwn(kept, reader);
        return withStatus(kept);
    }

    ApplyView apply(String id, boolean retireMissing, Editor by) {
        PreviewStore.Kept kept = kept(id);
        requireOwn(kept, by);
        if (kept.appliedAt() != null) {
            throw alreadyApplied(kept);
        }
        PreviewView view = kept.preview().view();
        if ("has-errors".equals(view.status())) {
            throw hasErrors(view);
        }
        List<RecordEditor.Step> steps = new ArrayList<>();
        kept.preview().steps().stream()
                .sorted(Comparator.comparingInt((StoredPreview.Step s) -> kinds.get(s.kind()).order()))
                .forEach(s -> steps.add(new RecordEditor.Step(kinds.get(s.kind()), s.id(), s.fields(), s.version(),
                        s.action().equals(PreviewBuilder.CREATE) ? RecordEditor.Action.CREATE : RecordEditor.Action.UPDATE)));
        List<StoredPreview.Step> retire = retireMissing ? kept.preview().missing() : List.of();
        retire.forEach(s -> steps.add(new RecordEditor.Step(kinds.get(s.kind()), s.id(), null, s.version(),
                RecordEditor.Action.RETIRE)));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (!store.markApplied(id, by.name(), at)) {
            throw alreadyApplied(kept);
        }
        try {
            editor.applyAll(organizationsParentsFirst(steps), by);
        } catch (RuntimeException e) {
            store.release(id);
            throw e;
        }
        return new ApplyView(id, view.counts().create(), view.counts().update(), retire.size(),
                view.counts().unchanged(), by.name(), at);
    }

    /** New organizations below other new ones come after them. */
    private static List<RecordEditor.Step> organizationsParentsFirst(List<RecordEditor.Step> steps) {
        List<RecordEditor.Step> ordered = new ArrayList<>();
        List<RecordEditor.Step> waiting = new ArrayList<>(steps);
        java.util.Set<String> placed = new java.util.HashSet<>();
        java.util.Set<String> creating = new java.util.HashSet<>();
        steps.stream().filter(s -> s.action() == RecordEditor.Action.CREATE && s.kind().name().equals("organization"))
                .forEach(s -> creating.add(s.id()));
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            for (var it = waiting.iterator(); it.hasNext();) {
                RecordEditor.Step s = it.next();
                String parent = s.fields() == null ? null : s.fields().path("parent").asText(null);
                if (!s.kind().name().equals("organization") || parent == null || !creating.contains(parent)
                        || placed.contains(parent)) {
                    ordered.add(s);
                    placed.add(s.id());
                    it.remove();
                }
            }
            if (waiting.size() == before) {
                ordered.addAll(waiting); // a cycle: the checks will name it
                break;
            }
        }
        return ordered;
    }

    private PreviewStore.Kept kept(String id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound(
                "No import preview '" + id + "': unknown, or expired after " + ttl.toMinutes() + " minutes (upload "
                        + "the file again)"));
    }

    private static void requireOwn(PreviewStore.Kept kept, Editor editor) {
        if (!editor.admin() && !editor.name().equals(kept.uploadedBy())) {
            throw new ApiException(403, "/problems/forbidden", "Forbidden",
                    "This preview was uploaded by someone else; only they or an admin may read or apply it", List.of());
        }
    }

    private static PreviewView withStatus(PreviewStore.Kept kept) {
        PreviewView v = kept.preview().view();
        return kept.appliedAt() == null ? v : new PreviewView(v.id(), "applied", v.format(), v.encoding(),
                v.uploadedBy(), v.createdAt(), v.expiresAt(), v.counts(), v.notices(), v.rows(), v.missing());
    }

    private static ApiException alreadyApplied(PreviewStore.Kept kept) {
        return new ApiException(409, "/problems/already-applied", "Conflict", "This preview was applied already"
                + (kept.appliedBy() == null ? "" : " by " + kept.appliedBy()), List.of());
    }

    private static ApiException hasErrors(PreviewView view) {
        List<Problem.FieldError> errors = new ArrayList<>();
        view.notices().stream().filter(Notice::blocking).forEach(n -> errors.add(
                new Problem.FieldError(n.sheet() + (n.column() == null ? "" : "!" + n.column()), n.message())));
        for (RowView row : view.rows()) {
            if (!row.action().equals(PreviewBuilder.ERROR)) {
                break; // errors come first
            }
            row.errors().forEach(e -> errors.add(new Problem.FieldError(
                    e.sheet() + " 第" + e.row() + "行" + (e.column() == null ? "" : " " + e.column()), e.message())));
        }
        return new ApiException(422, "/problems/import-has-errors", "Unprocessable Content",
                "预览中还有 " + view.counts().error() + " 行错误，修正文件后重新上传 (the preview has rows with errors: fix "
                        + "the file and upload it again)", errors);
    }
}
