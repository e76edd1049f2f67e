package cn.xuchang.directory.editing;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** 变更 (one change in the feed): which record, what happened to it, the version it left, and the record. */
@Schema(name = "FeedChange", requiredProperties = {"kind", "id", "change", "version", "at"})
public record FeedChangeView(
        @Schema(description = "Kind of record", enumeration = {"organization", "service", "location", "window",
                "hotline", "channel"}, examples = "hotline") String kind,
        @Schema(description = "The record's id", examples = "startup-loan-yuzhou") String id,
        @Schema(description = "What happened: created; updated (also verified); retired or restored (kept as a "
                + "tombstone, retired: true, or a hotline's status retired); deleted (only a data/ import deletes, "
                + "when the files drop a record)", enumeration = {"created", "updated", "retired", "restored",
                        "deleted"}, examples = "updated") String change,
        @Schema(description = "The record's version after the change: its ETag on GET and If-Match on a change",
                examples = "3") long version,
        @Schema(description = "When the change was committed (RFC 3339)") Instant at,
        @Schema(description = "The record after the change, as the export writes it (data/ fields; a window names "
                + "its location, where the export nests it); absent when deleted", type = SchemaType.OBJECT,
                implementation = java.util.Map.class)
        JsonNode record) {
}
