package cn.xuchang.directory.hotline;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.region.RegionService;
import cn.xuchang.directory.service.PublicService;
import io.quarkus.panache.common.Sort;

/** HTTP API for hotlines (热线), with filters for partners that sync the directory. */
@Path("/api/v1/hotlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hotlines")
public class HotlineResource {

    @Inject
    HotlineKind editing;

    @Inject
    RecordEditor editor;

    @Inject
    EditorContext editors;

    @Inject
    EditHistory history;


    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listHotlines", summary = "List hotlines",
            description = "Hotlines ordered by id. The region filter matches hotlines whose service area lists that "
                    + "region itself; to find the desk a citizen of a region should call, use /api/v1/resolve.")
    @APIResponse(responseCode = "200", description = "One page of hotlines")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<HotlineView> list(
            @Parameter(description = "Only hotlines answering for this service", example = "startup-guarantee-loan")
            @QueryParam("service") String service,
            @Parameter(description = "Only hotlines whose service area lists this region", example = "411081")
            @QueryParam("region") String region,
            @Parameter(description = "Only hotlines of this organization", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @Parameter(description = "Only hotlines of this type", example = "consultation",
                    schema = @Schema(implementation = HotlineType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only hotlines with this status", example = "active",
                    schema = @Schema(implementation = HotlineStatus.class))
            @QueryParam("status") String status,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        freshness.appendTo(query, params);
        if (service != null) {
            query.append(" and :service member of services");
            params.put("service", ApiException.orNotFound(PublicService.findById(service), "service", service));
        }
        if (region != null) {
            query.append(" and :region member of regions");
            params.put("region", regions.require(region, "region"));
        }
        if (organization != null) {
            query.append(" and organization = :organization");
            params.put("organization", ApiException.orNotFound(Organization.findById(organization), "organization",
                    organization));
        }
        if (type != null) {
            query.append(" and type = :type");
            params.put("type", Params.parseEnum(HotlineType.class, "type", type));
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", Params.parseEnum(HotlineStatus.class, "status", status));
        }
        return PageView.of(Hotline.find(query.toString(), Sort.by("id"), params), paging, HotlineView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getHotline", summary = "Get one hotline",
            description = "The hotline with its number in display, E.164 and tel: forms, its services, service area, status and source.")
    @APIResponse(responseCode = "200", description = "The hotline")
    public HotlineView get(
            @Parameter(description = "Hotline id", example = "startup-loan-yuzhou") @PathParam("id") String id) {
        return HotlineView.from(ApiException.orNotFound(Hotline.<Hotline>findById(id), "hotline", id));
    }

    @POST
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createHotline", summary = "Create a hotline (热线)",
            description = "Admins may create any hotline; editors only one of their organization or one below it. "
                    + "The server chooses the id; id, version and audit fields in the body are refused.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineView.class)))
    public Response create(@RequestBody(required = true) HotlineRequest request) {
        Versioned created = editor.create(editing, Params.body(request), editors.current());
        return Writes.created("/api/v1/hotlines", ((HasId) created).id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceHotline", summary = "Replace a hotline", description = WriteDescriptions.REPLACE)
    @APIResponse(responseCode = "200", description = "The hotline as changed; ETag carries its new version")
    public Response replace(@BeanParam RecordAddress record, @RequestBody(required = true) HotlineRequest request) {
        return Writes.ok(editor.replace(editing, record.id(), record.ifMatch(), Params.body(request), editors.current()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchHotline", summary = "Change some fields of a hotline",
            description = WriteDescriptions.PATCH)
    @APIResponse(responseCode = "200", description = "The hotline as changed; ETag carries its new version")
    public Response patch(@BeanParam RecordAddress record,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HotlineRequest.class)))
            JsonNode patch) {
        return Writes.ok(editor.patch(editing, record.id(), record.ifMatch(), patch, editors.current()));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retireHotline", summary = "Retire a hotline", description = WriteDescriptions.RETIRE)
    @APIResponse(responseCode = "200", description = "The hotline, retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineView.class)))
    public Response retire(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), true, editors.current()));
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "restoreHotline", summary = "Restore a retired hotline",
            description = WriteDescriptions.RESTORE)
    @APIResponse(responseCode = "200", description = "The hotline, restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineView.class)))
    public Response restore(@BeanParam RecordAddress record) {
        return Writes.ok(editor.setRetired(editing, record.id(), record.ifMatch(), false, editors.current()));
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "verifyHotline", summary = "Record that the hotline was confirmed today",
            description = WriteDescriptions.VERIFY)
    @APIResponse(responseCode = "200", description = "The hotline, verified today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotlineView.class)))
    public Response verify(@PathParam("id") String id) {
        return Writes.ok(editor.verify(editing, id, editors.current()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "historyHotline", summary = "Every change of a hotline, with who and when",
            description = WriteDescriptions.HISTORY)
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<ChangeView> history(@PathParam("id") String id) {
        editors.current();
        return history.of(editing, id);
    }
}
