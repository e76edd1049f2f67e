package cn.xuchang.directory.organization;

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
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordWriteResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.region.RegionService;
import io.quarkus.panache.common.Sort;

/** HTTP API for organizations (机构). */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@RecordWrites(kind = OrganizationKind.NAME, term = "机构")
public class OrganizationResource extends RecordWriteResource<OrganizationRequest> {

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
        ListFilter filter = freshness.appendTo(new ListFilter())
                .equal("region", region, code -> regions.require(code, "region"))
                .equal("parent", parent, ListFilter.existing("organization", id -> Organization.findById(id)));
        return PageView.of(Organization.find(filter.query(), Sort.by("id"), filter.params()), paging, OrganizationView::from);
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
}
