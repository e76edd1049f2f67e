package cn.xuchang.directory.importer;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.editing.Editor;
import io.quarkus.panache.common.Sort;

/** HTTP API listing conflicts between data/ and API edits, for admins. */
@Path("/api/v1/admin/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class ConflictResource {

    @GET
    @RolesAllowed(Editor.ADMIN)
    @SecurityRequirement(name = "adminBearer")
    @Operation(operationId = "listConflicts", summary = "Records changed both in data/ and through the API",
            description = "At start-up, a record whose data/ entry changed while editors also changed it through the "
                    + "API keeps the database's version and is listed here, open ones first. To settle one, make both "
                    + "sides agree: write the database's version into data/ (GET /api/v1/export) or apply the file's "
                    + "through the API; the next start marks it resolved.")
    @APIResponse(responseCode = "200", description = "The conflicts, open ones first")
    public List<ConflictView> list() {
        return DataConflict.<DataConflict>listAll(Sort.by("resolved").and("detectedAt", Sort.Direction.Descending))
                .stream().map(ConflictView::from).toList();
    }
}
