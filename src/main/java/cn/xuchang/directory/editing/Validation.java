package cn.xuchang.directory.editing;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.record.DataProblem;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.record.References;
import cn.xuchang.directory.region.Region;

/**
 * Checks one request against the directory with the same rules as data/, looking each reference up as
 * it comes (a nationwide directory holds a million hotlines), and finds the records it refers to.
 * Problems become one 400 naming every wrong field.
 */
final class Validation implements References, EntityRefs, RecordKind.EditCheck {

    private final List<DataProblem> problems = new ArrayList<>();
    private final RecordRules rules = new RecordRules(problems, this);
    private final EntityManager em;
    private final Kinds kinds;
    private final Editor editor;
    private final java.util.function.BiPredicate<String, String> pending;

    Validation(EntityManager em, Kinds kinds, Editor editor) {
        this(em, kinds, editor, (kind, id) -> false);
    }

    /** {@code pending}: records that do not exist yet but will, created by the same batch (a sheet's new rows). */
    Validation(EntityManager em, Kinds kinds, Editor editor, java.util.function.BiPredicate<String, String> pending) {
        this.em = em;
        this.kinds = kinds;
        this.editor = editor;
        this.pending = pending;
    }

    List<DataProblem> problems() {
        return problems;
    }

    RecordRules rules() {
        return rules;
    }

    @Override
    public boolean regionExists(String code) {
        return em.find(Region.class, code) != null;
    }

    @Override
    public boolean exists(String kind, String id) {
        return pending.test(kind, id) || em.find(kinds.get(kind).entityType(), id) != null;
    }

    @Override
    public <T> T get(Class<T> type, Object id) {
        return id == null ? null : em.find(type, id);
    }

    @Override
    public <T> T find(Class<T> type, Object id) {
        return get(type, id);
    }

    @Override
    public boolean admin() {
        return editor.admin();
    }

    @Override
    public void problem(String field, String message) {
        problems.add(new DataProblem("request", "body", field, message));
    }

    @Override
    public void forbid(String why) {
        throw new ApiException(403, "/problems/forbidden", "Forbidden", why, List.of());
    }

    /** 400 listing every problem found, when there is one. */
    void throwIfProblems() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        throw new ApiException(400, "/problems/invalid-input", "Invalid input", detail, errors);
    }
}
