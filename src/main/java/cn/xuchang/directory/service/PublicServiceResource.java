package cn.xuchang.directory.service;

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
import io.quarkus.panache.common.Sort;

/** HTTP API for public services (办事事项). */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
public class PublicServiceResource {

    @Inject
    ServiceKind editing;

    @Inject
    RecordEditor editor;

    @Inject
    EditorContext editors;

    @Inject
    EditHistory history;


    @GET
    @Operation(operationId = "listServices", summary = "List services", description = "Services ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of services")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<ServiceView> list(
            @Parameter(description = "Only services this organization is responsible for", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        freshness.appendTo(query, params);
        if (organization != null) {
            query.append(" and organization = :organization");
            params.put("organization", ApiException.orNotFound(Organization.findById(organization), "organization",
                    organization));
        }
        return PageView.of(PublicService.find(query.toString(), Sort.by("id"), params), paging, ServiceView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getService", summary = "Get one service",
            description = "The service with the other names citizens use for it and the organization responsible.")
    @APIResponse(responseCode = "200", description = "The service")
    public ServiceView get(
            @Parameter(description = "Service id", example = "startup-guarantee-loan") @PathParam("id") String id) {
        return ServiceView.from(ApiException.orNotFound(PublicService.<PublicService>findById(id), "service", id));
    }

    @POST
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createService", summary = "Create a service (办事事项)",
            description = "Admins may create any service; editors only one of their organization or one below it. "
                    + "The server chooses the id; id, version and audit fields in the body are refused.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    public Response create(@RequestBody(required = true) ServiceRequest request) {
        Versioned created = editor.create(editing, Params.body(request), editors.current());
        return Writes.created("/api/v1/services", ((HasId) created).id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceService", summary = "Replace a service", description = WriteDescriptions.REPLACE)
    @APIResponse(responseCode = "200", description = "The service as changed; ETag carries its new version")
    public Response replace(@BeanParam RecordAddress record, @RequestBody(required = true) ServiceRequest request) {
        return Writes.ok(editor.replace(editing, record.id(), record.ifMatch(), Params.body(request), editors.current()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchService", summary = "Change some fields of a service",
            description = WriteDescriptions.PATCH)
    @APIResponse(responseCode = "200", description = "The service as changed; ETag carries its new version")
    public Response patch(@BeanParam RecordAddress record,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ServiceRequest.class)))
            JsonNode patch) {
        return Writes.ok(editor.patch(editing, record.id(), record.ifMatch(), patch, editors.current()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireService", summary = "Retire a service", description = WriteDescriptions.RETIRE)
    @APIResponse(responseCode = "200", description = "The service, retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    public Response retire(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), true, editors.current()));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "restoreService", summary = "Restore a retired service",
            description = WriteDescriptions.RESTORE)
    @APIResponse(responseCode = "200", description = "The service, restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    public Response restore(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), false, editors.current()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "verifyService", summary = "Record that the service was confirmed today",
            description = WriteDescriptions.VERIFY)
    @APIResponse(responseCode = "200", description = "The service, verified today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    public Response verify(@PathParam("id") String id) {
        return Writes.ok(editor.verify(editing, id, editors.current()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "historyService", summary = "Every change of a service, with who and when",
            description = WriteDescriptions.HISTORY)
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<ChangeView> history(@PathParam("id") String id) {
        editors.current();
        return history.of(editing, id);
    }
}
