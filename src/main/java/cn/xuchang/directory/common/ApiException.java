package cn.xuchang.directory.common;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A failure the client can act on; turned into a {@link Problem} by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

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

    /** 400 for a request body that is not valid JSON or does not fit the expected shape, naming the field. */
    public static ApiException fromJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String detail;
        if (e instanceof UnrecognizedPropertyException u) {
            detail = "unknown field '" + u.getPropertyName() + "'; the server sets id, version and audit fields itself";
        } else if (e instanceof JsonMappingException) {
            detail = "wrong type or value" + (field.isEmpty() ? "" : " for field '" + field + "'");
        } else {
            detail = "request body is not valid JSON";
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return new ApiException(400, "/problems/invalid-input", "Invalid input", detail, errors);
    }

    /** The path of the field a mapping error is about: {@code windows[0].services}; empty when none. */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Adds a response header, such as Retry-After for 429. */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
