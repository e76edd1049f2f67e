package cn.xuchang.directory.editing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.Params;

/** HTTP API of the change feed, for partners who keep a mirror of the directory. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeFeedResource {

    private static final String GONE_EXAMPLE = """
            {"type": "/problems/cursor-expired", "title": "Cursor expired", "status": 410,
             "detail": "The changes after this cursor are older than the feed keeps (directory.changes.retention): \
            download the whole directory again with GET /api/v1/export and follow the feed from its X-Changes-Cursor header",
             "instance": "/api/v1/changes"}
            """;

    private final ChangeFeed feed;

    public ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Every change after a cursor, in order, for mirrors",
            description = "Start from a full export (GET /api/v1/export), whose X-Changes-Cursor header is the cursor "
                    + "that matches its content exactly, then ask for the changes after it and apply them in order: "
                    + "each names the record (kind, id), what happened (created, updated, retired, restored, deleted), "
                    + "the version it left and the record as the export writes it. Send next as after= to go on; "
                    + "with more false you are up to date. Retired records stay as tombstones (retired: true, or a "
                    + "hotline's status retired). Cursors are opaque, and valid across restarts and instances for "
                    + "the retention (directory.changes.retention, 30 days by default); an older one is 410: "
                    + "export again. Edits through the API and data/ imports both appear, record by record; "
                    + "regions change only with data/ and are not in the feed.")
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first, and the next cursor")
    @APIResponse(responseCode = "410", description = "The cursor is older than the feed keeps: export again",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "cursor too old", value = GONE_EXAMPLE)))
    public ChangeFeedView changes(
            @Parameter(description = "Cursor: the X-Changes-Cursor header of an export, or the next of the last page "
                    + "(opaque)", required = true, example = "1042") @QueryParam("after") String after,
            @Parameter(description = "Most changes to answer, 1 to " + ChangeFeed.MAX_LIMIT, example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + ChangeFeed.MAX_LIMIT,
                            defaultValue = "" + ChangeFeed.DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        return feed.after(after, Params.intInRange("limit", limit, ChangeFeed.DEFAULT_LIMIT, 1, ChangeFeed.MAX_LIMIT));
    }
}
