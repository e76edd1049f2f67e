package cn.xuchang.directory.location;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xuchang.directory.editing.ChangeView;
import cn.xuchang.directory.editing.EditHistory;
import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.EditorContext;
import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.editing.RecordEditor;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.editing.RecordAddress;
import cn.xuchang.directory.editing.WriteDescriptions;
import cn.xuchang.directory.editing.Writes;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.service.PublicService;
import io.quarkus.panache.common.Sort;

/** HTTP API for service windows (办事窗口). */
@Path("/api/v1/windows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations and windows")
public class ServiceWindowResource {

    @Inject
    WindowKind editing;

    @Inject
    RecordEditor editor;

    @Inject
    EditorContext editors;

    @Inject
    EditHistory history;


    @GET
    @Operation(operationId = "listWindows", summary = "List service windows", description = "Windows ordered by id, with the centre they are in.")
    @APIResponse(responseCode = "200", description = "One page of windows")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<ServiceWindowView> list(
            @Parameter(description = "Only windows handling this service", example = "startup-guarantee-loan")
            @QueryParam("service") String service,
            @Parameter(description = "Only windows staffed by this organization", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        freshness.appendTo(query, params);
        if (service != null) {
            query.append(" and :service member of services");
            params.put("service", ApiException.orNotFound(PublicService.findById(service), "service", service));
        }
        if (organization != null) {
            query.append(" and organization = :organization");
            params.put("organization", ApiException.orNotFound(Organization.findById(organization), "organization",
                    organization));
        }
        return PageView.of(ServiceWindow.find(query.toString(), Sort.by("id"), params), paging,
                ServiceWindowView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWindow", summary = "Get one service window",
            description = "The window with its floor, zone and number, the centre it is in and the services it handles.")
    @APIResponse(responseCode = "200", description = "The window")
    public ServiceWindowView get(
            @Parameter(description = "Window id", example = "citizen-centre-b118-startup-loan") @PathParam("id") String id) {
        return ServiceWindowView.from(ApiException.orNotFound(ServiceWindow.<ServiceWindow>findById(id), "window", id));
    }

    @POST
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createWindow", summary = "Create a window (办事窗口)",
            description = "Admins may create any window; editors only one of their organization or one below it. "
                    + "The server chooses the id; id, version and audit fields in the body are refused.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceWindowView.class)))
    public Response create(@RequestBody(required = true) WindowRequest request) {
        Versioned created = editor.create(editing, Params.body(request), editors.current());
        return Writes.created("/api/v1/windows", ((HasId) created).id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceWindow", summary = "Replace a window", description = WriteDescriptions.REPLACE)
    @APIResponse(responseCode = "200", description = "The window as changed; ETag carries its new version")
    public Response replace(@BeanParam RecordAddress record, @RequestBody(required = true) WindowRequest request) {
        return Writes.ok(editor.replace(editing, record.id(), record.ifMatch(), Params.body(request), editors.current()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchWindow", summary = "Change some fields of a window",
            description = WriteDescriptions.PATCH)
    @APIResponse(responseCode = "200", description = "The window as changed; ETag carries its new version")
    public Response patch(@BeanParam RecordAddress record,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WindowRequest.class)))
            JsonNode patch) {
        return Writes.ok(editor.patch(editing, record.id(), record.ifMatch(), patch, editors.current()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireWindow", summary = "Retire a window", description = WriteDescriptions.RETIRE)
    @APIResponse(responseCode = "200", description = "The window, retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceWindowView.class)))
    public Response retire(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), true, editors.current()));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "restoreWindow", summary = "Restore a retired window",
            description = WriteDescriptions.RESTORE)
    @APIResponse(responseCode = "200", description = "The window, restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceWindowView.class)))
    public Response restore(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), false, editors.current()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "verifyWindow", summary = "Record that the window was confirmed today",
            description = WriteDescriptions.VERIFY)
    @APIResponse(responseCode = "200", description = "The window, verified today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceWindowView.class)))
    public Response verify(@PathParam("id") String id) {
        return Writes.ok(editor.verify(editing, id, editors.current()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "historyWindow", summary = "Every change of a window, with who and when",
            description = WriteDescriptions.HISTORY)
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<ChangeView> history(@PathParam("id") String id) {
        editors.current();
        return history.of(editing, id);
    }
}
