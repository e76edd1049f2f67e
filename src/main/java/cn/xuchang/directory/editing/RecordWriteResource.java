package cn.xuchang.directory.editing;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.ProblemMapper;
import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.record.Versioned;

/**
 * 修改接口 (write API): the seven changes every kind of record offers, written once. A kind's resource extends
 * it through {@link RecordResource} with its request type, and names its kind with {@link RecordWrites}.
 * {@link RecordWriteOperations} puts the kind into the description's placeholders: {kind}, {Kind}, {term}, and the
 * kind's schemas {Request} and {View}.
 *
 * @param <Q> what an editor sends, e.g. OrganizationRequest: typed, so that an unknown field (a server-owned id)
 *            is refused by name and the request schema is generated
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RecordWriteResource<Q> {

    @Inject
    Kinds kinds;

    @Inject
    RecordEditor editor;

    @Inject
    EditorContext editors;

    @Inject
    EditHistory history;

    private RecordKind<?, ?> kind;

    /** The resource's own path, where a created record's Location points below. */
    private String collection;

    @PostConstruct
    void findKind() {
        kind = kinds.get(getClass().getAnnotation(RecordWrites.class).kind());
        // @Path is not inherited, and the instance may be a subclass the container generated.
        Class<?> type = getClass();
        while (!type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        collection = type.getAnnotation(Path.class).value();
    }

    RecordKind<?, ?> kind() {
        return kind;
    }

    @POST
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "create{Kind}", summary = "Create a {kind} ({term})",
            description = "Admins may create any {kind}; editors only one of their organization or one below it. "
                    + "The server chooses the id; id, version and audit fields in the body are refused.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{View}")))
    public Response create(@RequestBody(required = true) Q request) {
        Versioned created = editor.create(kind, Params.body(request), editors.current());
        return Writes.created(collection, ((HasId) created).id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replace{Kind}", summary = "Replace a {kind}",
            description = "Every field of the request is set; absent ones are cleared. Needs If-Match with the ETag "
                    + "of the version being replaced.")
    @APIResponse(responseCode = "200", description = "The {kind} as changed; ETag carries its new version")
    public Response replace(@BeanParam RecordAddress record, @RequestBody(required = true) Q request) {
        return Writes.ok(editor.replace(kind, record.id(), record.ifMatch(), Params.body(request), editors.current()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    // Merge patch only: a client sending application/json gets 415 with Accept-Patch (common/ProblemMapper).
    @Consumes(ProblemMapper.MERGE_PATCH)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patch{Kind}", summary = "Change some fields of a {kind}",
            description = "JSON Merge Patch (RFC 7396): the fields sent replace the current ones, null clears one. "
                    + "Send it as application/merge-patch+json (application/json is 415). Needs If-Match with the ETag "
                    + "of the version being changed.")
    @APIResponse(responseCode = "200", description = "The {kind} as changed; ETag carries its new version")
    // A JsonNode, not a Q: a merge patch tells a null (clear the field) from an absent field (keep it).
    public Response patch(@BeanParam RecordAddress record,
            @RequestBody(required = true, content = @Content(schema = @Schema(ref = "{Request}"))) JsonNode patch) {
        return Writes.ok(editor.patch(kind, record.id(), record.ifMatch(), patch, editors.current()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retire{Kind}", summary = "Retire a {kind}",
            description = "Nothing is deleted through the API: a retired record is kept, with its history, and "
                    + "hidden from citizens until restored. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The {kind}, retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{View}")))
    public Response retire(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(kind, record.id(), record.ifMatch(), true, editors.current()));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "restore{Kind}", summary = "Restore a retired {kind}",
            description = "Brings a retired record back for citizens. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The {kind}, restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{View}")))
    public Response restore(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(kind, record.id(), record.ifMatch(), false, editors.current()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "verify{Kind}", summary = "Record that the {kind} was confirmed today",
            description = "Sets lastVerified to today (China time) and changes nothing else; no If-Match needed.")
    @APIResponse(responseCode = "200", description = "The {kind}, verified today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{View}")))
    public Response verify(@PathParam("id") String id) {
        return Writes.ok(editor.verify(kind, id, editors.current()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "history{Kind}", summary = "Every change of a {kind}, with who and when",
            description = "Oldest first, from the import of data/ on; each change lists the fields that changed. "
                    + "It names the people who made the changes, so it is scoped like the changes: admins read every "
                    + "record's, editors those of the records they may change (403 for others).")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<ChangeView> history(@PathParam("id") String id) {
        return history.of(kind, id, editors.current());
    }
}
