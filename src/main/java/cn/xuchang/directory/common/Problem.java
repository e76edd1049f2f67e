package cn.xuchang.directory.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 问题详情 (problem details, RFC 9457): the one error shape of the whole API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; every 4xx and 5xx answer has this shape.")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", maxLength = SHORT, required = true,
                examples = "/problems/not-found") String type,
        @Schema(description = "Short summary of the kind of problem", maxLength = SHORT, required = true,
                examples = "Not Found") String title,
        @Schema(description = "HTTP status code", format = "int32", minimum = "400", maximum = "599",
                required = true,
                examples = "404") int status,
        @Schema(description = "What went wrong in this request", maxLength = Limits.DETAIL,
                examples = "No region with code 411099") String detail,
        @Schema(description = "The request path that failed", maxLength = Limits.URI,
                examples = "/api/v1/regions/411099") String instance,
        @Schema(description = "Which input fields were wrong, when the problem is about input",
                maxItems = Limits.FIELD_ERRORS) List<FieldError> errors) {

    /** The type and title are the service's own words: a path under /problems/ and an HTTP reason. */
    private static final int SHORT = 200;

    /** Cuts what could grow with the input, so that the limits the contract states hold by construction. */
    public Problem {
        type = cut(type, SHORT);
        title = cut(title, SHORT);
        detail = cut(detail, Limits.DETAIL);
        instance = cut(instance, Limits.URI);
        errors = errors == null || errors.size() <= Limits.FIELD_ERRORS ? errors
                : List.copyOf(errors.subList(0, Limits.FIELD_ERRORS));
    }

    /** One wrong input field and why. */
    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(maxLength = Limits.SHORT_TEXT, examples = "region") String field,
            @Schema(maxLength = Limits.DETAIL, examples = "must be a 6-, 9- or 12-digit region code") String message) {

        public FieldError {
            field = cut(field, Limits.SHORT_TEXT);
            message = cut(message, Limits.DETAIL);
        }
    }

    /** At most {@code max} characters, the last of them "…" when the text was longer. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
