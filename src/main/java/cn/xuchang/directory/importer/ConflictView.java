package cn.xuchang.directory.importer;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conflict between data/ and the API, as admins see it. */
@Schema(name = "Conflict", requiredProperties = {"id", "kind", "recordId", "detectedAt", "message", "resolved"})
public record ConflictView(
        long id,
        @Schema(examples = "hotline") String kind,
        @Schema(examples = "startup-loan-yuzhou") String recordId,
        @Schema(examples = "hotlines.yaml") String file,
        @Schema(description = "When a start-up last found it") Instant detectedAt,
        String message,
        @Schema(description = "True once data/ and the database agree again") boolean resolved) {

    static ConflictView from(DataConflict c) {
        return new ConflictView(c.id, c.kind, c.recordId, c.file, c.detectedAt, c.message, c.resolved);
    }
}
