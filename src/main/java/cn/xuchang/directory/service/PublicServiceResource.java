package cn.xuchang.directory.service;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.organization.OrganizationKind;

/** HTTP API for public services (办事事项). */
@Path("/api/v1/services")
@Tag(name = "Services")
@RecordReads(summary = "Get one service",
        description = "The service with the other names citizens use for it and the organization responsible.",
        example = "startup-guarantee-loan")
@RecordWrites(kind = ServiceKind.NAME, term = "办事事项")
public class PublicServiceResource extends RecordResource<ServiceRequest, ServiceView> {

    @GET
    @Operation(operationId = "listServices", summary = "List services", description = "Services ordered by id.")
    public PageView<ServiceView> list(
            @Parameter(description = "Only services this organization is responsible for", example = "xuchang-hrss")
            @QueryParam("organization") String organization,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        return page(freshness.appendTo(new ListFilter())
                .equal("organization", organization, existing(OrganizationKind.NAME)), paging);
    }
}
