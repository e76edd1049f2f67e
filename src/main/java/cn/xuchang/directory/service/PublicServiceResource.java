package cn.xuchang.directory.service;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.ListFilters;
import cn.xuchang.directory.editing.ListFilters.Words;
import cn.xuchang.directory.editing.ListQuery;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;

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
    @ListFilters(organization = @Words(value = "Only services this organization is responsible for", example = "xuchang-hrss"))
    public PageView<ServiceView> list(@BeanParam ListQuery query, @BeanParam Paging paging) {
        return page(query, paging);
    }
}
