package cn.xuchang.directory.common;

import java.util.List;

/** A failure the client can act on; turned into a {@link Problem} by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 404 naming what was looked for, e.g. {@code notFound("region", "411099")}. */
    public static ApiException notFound(String what, String key) {
        return new ApiException(404, "/problems/not-found", "Not Found", "No " + what + " with id " + key, List.of());
    }

    /** The entity, or a 404 naming what was looked for when it is null. */
    public static <T> T orNotFound(T entity, String what, String key) {
        if (entity == null) {
            throw notFound(what, key);
        }
        return entity;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "/problems/not-found", "Not Found", detail, List.of());
    }

    /** 400 for one malformed parameter or field, naming it. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "/problems/invalid-input", "Invalid input",
                field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
