package cn.xuchang.directory.ratelimit;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.EditorContext;

/** HTTP API for admins: issue, list and revoke partner API keys. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@RolesAllowed(Editor.ADMIN)
@SecurityRequirement(name = "adminBearer")
public class ApiKeyResource {

    @Inject
    ApiKeyService keys;

    @Inject
    EditorContext editors;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueApiKey", summary = "Issue a partner API key with its own read quota",
            description = "The answer holds the key, once: the service keeps only its SHA-256. The partner sends it "
                    + "in X-API-Key on reads, which then count against the key's quota instead of its address's. "
                    + "Without perMinute and burst the key gets directory.api-keys.per-minute and burst.")
    @APIResponse(responseCode = "201", description = "The key, shown this once, and its record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedApiKeyView.class)))
    public Response issue(@RequestBody(required = true) @NotNull @Valid ApiKeyRequest request) {
        IssuedApiKeyView issued = keys.issue(editors.current(), request);
        return Response.created(URI.create("/api/v1/admin/api-keys/" + issued.apiKey().id())).entity(issued).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "Every partner key, newest first",
            description = "Active and revoked keys with their quotas; never the keys themselves.")
    @APIResponse(responseCode = "200", description = "The keys, newest first")
    public List<ApiKeyView> list() {
        return keys.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "One partner key")
    @APIResponse(responseCode = "200", description = "The key's record")
    public ApiKeyView get(@Parameter(description = "Id of the key", example = "7d0c6f1e-2a4b-4c8d-9e3f-5a6b7c8d9e0f")
            @PathParam("id") String id) {
        return keys.get(id);
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a partner key",
            description = "From now on the key is refused with 401 on this instance, and on the others within "
                    + "directory.api-keys.refresh-interval (10 s). The record stays, with who revoked it and when.")
    @APIResponse(responseCode = "200", description = "The key's record, revoked")
    public ApiKeyView revoke(@Parameter(description = "Id of the key", example = "7d0c6f1e-2a4b-4c8d-9e3f-5a6b7c8d9e0f")
            @PathParam("id") String id) {
        return keys.revoke(editors.current(), id);
    }
}
