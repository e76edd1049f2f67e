package cn.xuchang.directory.organization;

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
import cn.xuchang.directory.region.RegionService;
import io.quarkus.panache.common.Sort;

/** HTTP API for organizations (机构). */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {

    @Inject
    OrganizationKind editing;

    @Inject
    RecordEditor editor;

    @Inject
    EditorContext editors;

    @Inject
    EditHistory history;


    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations", description = "Organizations ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of organizations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<OrganizationView> list(
            @Parameter(description = "Only organizations responsible for this region", example = "411000")
            @QueryParam("region") String region,
            @Parameter(description = "Only the organizations directly under this one", example = "xuchang-hrss")
            @QueryParam("parent") String parent,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        freshness.appendTo(query, params);
        if (region != null) {
            query.append(" and region = :region");
            params.put("region", regions.require(region, "region"));
        }
        if (parent != null) {
            query.append(" and parent = :parent");
            params.put("parent", ApiException.orNotFound(Organization.findById(parent), "organization", parent));
        }
        return PageView.of(Organization.find(query.toString(), Sort.by("id"), params), paging, OrganizationView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "Get one organization",
            description = "The organization with its short name, parent and the region it is responsible for.")
    @APIResponse(responseCode = "200", description = "The organization")
    public OrganizationView get(
            @Parameter(description = "Organization id", example = "xuchang-hrss") @PathParam("id") String id) {
        return OrganizationView.from(ApiException.orNotFound(Organization.<Organization>findById(id), "organization", id));
    }

    @POST
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createOrganization", summary = "Create a organization (机构)",
            description = "Admins may create any organization; editors only one of their organization or one below it. "
                    + "The server chooses the id; id, version and audit fields in the body are refused.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@RequestBody(required = true) OrganizationRequest request) {
        Versioned created = editor.create(editing, Params.body(request), editors.current());
        return Writes.created("/api/v1/organizations", ((HasId) created).id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceOrganization", summary = "Replace a organization",
            description = WriteDescriptions.REPLACE)
    @APIResponse(responseCode = "200", description = "The organization as changed; ETag carries its new version")
    public Response replace(@BeanParam RecordAddress record, @RequestBody(required = true) OrganizationRequest request) {
        return Writes.ok(editor.replace(editing, record.id(), record.ifMatch(), Params.body(request), editors.current()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchOrganization", summary = "Change some fields of a organization",
            description = WriteDescriptions.PATCH)
    @APIResponse(responseCode = "200", description = "The organization as changed; ETag carries its new version")
    public Response patch(@BeanParam RecordAddress record,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganizationRequest.class)))
            JsonNode patch) {
        return Writes.ok(editor.patch(editing, record.id(), record.ifMatch(), patch, editors.current()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireOrganization", summary = "Retire a organization",
            description = WriteDescriptions.RETIRE)
    @APIResponse(responseCode = "200", description = "The organization, retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response retire(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), true, editors.current()));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "restoreOrganization", summary = "Restore a retired organization",
            description = WriteDescriptions.RESTORE)
    @APIResponse(responseCode = "200", description = "The organization, restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response restore(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), false, editors.current()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "verifyOrganization", summary = "Record that the organization was confirmed today",
            description = WriteDescriptions.VERIFY)
    @APIResponse(responseCode = "200", description = "The organization, verified today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationView.class)))
    public Response verify(@PathParam("id") String id) {
        return Writes.ok(editor.verify(editing, id, editors.current()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "historyOrganization", summary = "Every change of a organization, with who and when",
            description = WriteDescriptions.HISTORY)
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<ChangeView> history(@PathParam("id") String id) {
        editors.current();
        return history.of(editing, id);
    }
}
