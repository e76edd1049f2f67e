package cn.xuchang.directory.editing;

import java.util.ArrayList;
import java.util.List;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.hotline.Hotline;
import cn.xuchang.directory.importer.DataProblem;
import cn.xuchang.directory.importer.DataValidator;
import cn.xuchang.directory.importer.Located;
import cn.xuchang.directory.importer.RecordMapper;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;

/**
 * Checks one request against the directory with the same rules as data/ ({@link DataValidator}), and
 * finds the records it refers to. Problems become one 400 naming every wrong field.
 */
public final class Validation implements RecordMapper.Refs {

    private final List<DataProblem> problems = new ArrayList<>();
    private final DataValidator validator;
    private final Editor editor;

    Validation(PhoneNumbers phones, Editor editor) {
        this.editor = editor;
        this.validator = DataValidator.forDirectory(phones, problems,
                code -> Region.findById(code) != null, id -> Organization.findById(id) != null,
                id -> PublicService.findById(id) != null, id -> Hotline.findById(id) != null);
    }

    public DataValidator validator() {
        return validator;
    }

    /** Wraps a request so that problems name its fields. */
    public <T> Located<T> located(T value) {
        return new Located<>("request", "body", value);
    }

    public void problem(String field, String message) {
        problems.add(new DataProblem("request", "body", field, message));
    }

    /** Only admins move organizations under another parent. */
    public boolean mayMoveOrganizations() {
        return editor.admin();
    }

    /** 403 for a change this editor may not make, whatever else is wrong with the request. */
    public void forbid(String why) {
        throw new ApiException(403, "/problems/forbidden", "Forbidden", why, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** 400 listing every problem found, when there is one. */
    public void throwIfProblems() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = problems.stream()
                .map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        throw new ApiException(400, "/problems/invalid-input", "Invalid input", detail, errors);
    }

    @Override
    public Region region(String code) {
        return Region.findById(code);
    }

    @Override
    public Organization organization(String id) {
        return Organization.findById(id);
    }

    @Override
    public PublicService service(String id) {
        return PublicService.findById(id);
    }

    @Override
    public Hotline hotline(String id) {
        return Hotline.findById(id);
    }
}
