package cn.xuchang.directory.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.editing.OrganizationTree;
import io.quarkus.panache.common.Sort;

/** Takes citizens' reports about records and lets each organization's editors work through theirs. */
@ApplicationScoped
public class ReportService {

    public static final int MAX_TEXT = 500;
    private static final List<String> PROBLEMS = List.of("wrong_number", "no_answer", "moved", "other");
    /** The kinds a citizen can report on, as the API lists them. */
    private static final List<String> REPORTABLE = List.of("hotline", "window", "location", "organization", "service");

    private final Kinds kinds;
    private final OrganizationTree organizations;
    private final EntityManager em;

    public ReportService(Kinds kinds, OrganizationTree organizations, EntityManager em) {
        this.kinds = kinds;
        this.organizations = organizations;
        this.em = em;
    }

    @Transactional
    public ReportView file(ReportRequest request) {
        if (request == null) {
            throw ApiException.invalid("body", "send the report as a JSON object");
        }
        EditableRecord record = record(request.kind(), request.id());
        String problem = request.problem() == null ? null : request.problem().strip().toLowerCase(Locale.ROOT);
        if (problem == null || !PROBLEMS.contains(problem)) {
            throw ApiException.invalid("problem", "must be one of " + String.join(", ", PROBLEMS));
        }
        // Measured as sent, as the contract states it (maxLength), before the spaces around it are dropped.
        if (request.text() != null && request.text().length() > MAX_TEXT) {
            throw ApiException.invalid("text", "must be at most " + MAX_TEXT + " characters");
        }
        String text = request.text() == null ? null : request.text().strip();
        CitizenReport report = new CitizenReport();
        report.id = UUID.randomUUID().toString();
        report.recordKind = request.kind().strip();
        report.recordId = record.id();
        report.organizationId = record.ownerId();
        report.problem = problem;
        report.text = text == null || text.isEmpty() ? null : text;
        report.status = "open";
        report.createdAt = Instant.now();
        report.persist();
        return ReportView.from(report);
    }

    @Transactional
    public PageView<ReportView> list(Editor editor, String status, Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (status != null) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw ApiException.invalid("status", "must be open or closed");
            }
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (!editor.admin()) {
            query.append(" and organizationId in :organizations");
            params.put("organizations", scope(editor));
        }
        return PageView.of(CitizenReport.find(query.toString(), Sort.by("createdAt").and("id"), params), paging,
                ReportView::from);
    }

    @Transactional
    public ReportView close(Editor editor, String id, CloseRequest request) {
        CitizenReport report = ApiException.orNotFound(CitizenReport.findById(id), "report", id);
        editor.requireMayChange(organizations.selfAndAncestors(report.organizationId), "reports about this record");
        String resolution = request == null || request.resolution() == null ? null : request.resolution().strip();
        if (request != null && request.resolution() != null && request.resolution().length() > MAX_TEXT) {
            throw ApiException.invalid("resolution", "must be at most " + MAX_TEXT + " characters");
        }
        report.status = "closed";
        report.closedAt = Instant.now();
        report.closedBy = editor.name();
        report.resolution = resolution;
        return ReportView.from(report);
    }

    /** The editor's organization and every organization below it. */
    private Set<String> scope(Editor editor) {
        Set<String> ids = new HashSet<>();
        for (String id : em.createQuery("select o.id from Organization o", String.class).getResultList()) {
            if (editor.mayChange(organizations.selfAndAncestors(id))) {
                ids.add(id);
            }
        }
        ids.add("");
        return ids;
    }

    private EditableRecord record(String kind, String id) {
        if (kind == null) {
            throw ApiException.invalid("kind", "is required");
        }
        if (id == null || id.isBlank()) {
            throw ApiException.invalid("id", "is required");
        }
        if (!kinds.has(kind.strip())) {
            throw ApiException.invalid("kind", "must be one of " + String.join(", ", REPORTABLE));
        }
        EditableRecord record = em.find(kinds.get(kind.strip()).entityType(), id);
        if (record == null) {
            throw ApiException.invalid("id", "no " + kind.strip() + " with id " + id);
        }
        return record;
    }
}
