package cn.xuchang.directory.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A failure the client can act on; turned into a {@link Problem} by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    /** How Jackson words a key sent twice (JsonParser.Feature.STRICT_DUPLICATE_DETECTION); it has no type of its own. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'");

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

    /**
     * 400 for a request body that is not one valid JSON value or does not fit the expected shape, naming the field:
     * an unknown field, a wrong type, a text with control characters ({@link StoredText}), a key sent twice, data
     * after the value.
     */
    public static ApiException fromJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        // A parser's failure inside a field comes wrapped in a mapping error that only adds the path.
        JsonProcessingException cause = e;
        while (cause.getCause() instanceof JsonProcessingException inner) {
            cause = inner;
        }
        String detail;
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(cause.getOriginalMessage()));
        if (cause instanceof StoredText.Refused) {
            field = field.isEmpty() ? "body" : field;
            detail = field + ": " + StoredText.CONTROL_CHARACTERS;
        } else if (e instanceof UnrecognizedPropertyException u) {
            detail = "unknown field '" + u.getPropertyName() + "'; the server sets id, version and audit fields itself";
        } else if (cause instanceof StreamReadException read && duplicate.matches()) {
            field = read.getProcessor() == null ? field : path(read.getProcessor().getParsingContext());
            field = field.isEmpty() ? duplicate.group(1) : field;
            detail = field + ": 同一字段出现两次 (duplicate key '" + duplicate.group(1) + "'): send each field once";
        } else if (cause instanceof MismatchedInputException && cause.getOriginalMessage().startsWith("Trailing token")) {
            field = "body";
            detail = "body: JSON 之后还有内容 (data after the JSON value): send exactly one JSON value";
        } else if (e instanceof JsonMappingException && !(cause instanceof StreamReadException)) {
            detail = "wrong type or value" + (field.isEmpty() ? "" : " for field '" + field + "'");
        } else {
            detail = "request body is not valid JSON";
        }
        String message = detail.startsWith(field + ": ") ? detail.substring(field.length() + 2) : detail;
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        return new ApiException(400, "/problems/invalid-input", "Invalid input", detail, errors);
    }

    /** Where a parser stands, as {@link #jsonPath} writes it: {@code windows[0].label}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                path.insert(0, (at.getParent() == null || at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
            }
        }
        return path.toString();
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
