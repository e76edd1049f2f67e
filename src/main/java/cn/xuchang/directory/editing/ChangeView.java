package cn.xuchang.directory.editing;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in a record's history: when, by whom, and which fields went from what to what. */
@Schema(name = "Change", requiredProperties = {"revision", "at", "action", "changes"})
public record ChangeView(
        @Schema(description = "Revision number, increasing across the whole directory", examples = "42") long revision,
        @Schema(description = "When the change was committed") Instant at,
        @Schema(description = "Who made it: the editor's name from their token, or data/ for the file import",
                examples = "editor-yuzhou") String author,
        @Schema(description = "created, changed or deleted", enumeration = {"created", "changed", "deleted"},
                examples = "changed") String action,
        @Schema(description = "The fields that changed, with their values before and after",
                // At most every field of the record; no kind has more than 20.
                maxItems = 50) List<FieldChange> changes) {

    /** One field's value before and after a change; absent means the field had no value. */
    @Schema(name = "FieldChange", requiredProperties = {"field"})
    public record FieldChange(
            @Schema(examples = "number") String field,
            @Schema(description = "Value before", examples = "0374-8297716") Object from,
            @Schema(description = "Value after", examples = "0374-8297717") Object to) {
    }
}
