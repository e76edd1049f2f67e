package cn.xuchang.directory.organization;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.ListFilters;
import cn.xuchang.directory.editing.ListFilters.Words;
import cn.xuchang.directory.editing.ListQuery;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;

/** HTTP API for organizations (机构). */
@Path("/api/v1/organizations")
@Tag(name = "Organizations")
@RecordReads(summary = "Get one organization",
        description = "The organization with its short name, parent and the region it is responsible for.",
        example = "xuchang-hrss")
@RecordWrites(kind = OrganizationKind.NAME, term = "机构")
public class OrganizationResource extends RecordResource<OrganizationRequest, OrganizationView> {

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations", description = "Organizations ordered by id.")
    @ListFilters(region = @Words(value = "Only organizations responsible for this region", example = "411000"))
    public PageView<OrganizationView> list(
            @Parameter(description = "Only the organizations directly under this one", example = "xuchang-hrss")
            @QueryParam("parent") String parent,
            @BeanParam ListQuery query, @BeanParam Paging paging) {
        return page(query, paging, filter -> filter.equal("parent", parent, existing(OrganizationKind.NAME)));
    }
}
