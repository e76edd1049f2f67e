package cn.xuchang.directory.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 问题详情 (problem details, RFC 9457): the one error shape of the whole API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; every 4xx and 5xx answer has this shape.")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", examples = "/problems/not-found") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Not Found") String title,
        @Schema(description = "HTTP status code", examples = "404") int status,
        @Schema(description = "What went wrong in this request", examples = "No region with code 411099") String detail,
        @Schema(description = "The request path that failed", examples = "/api/v1/regions/411099") String instance,
        @Schema(description = "Which input fields were wrong, when the problem is about input") List<FieldError> errors) {

    /** One wrong input field and why. */
    public record FieldError(
            @Schema(examples = "region") String field,
            @Schema(examples = "must be a 6-, 9- or 12-digit region code") String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
