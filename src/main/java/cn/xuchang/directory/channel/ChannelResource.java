package cn.xuchang.directory.channel;


import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.ListFilter;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.Freshness;
import cn.xuchang.directory.editing.RecordWriteResource;
import cn.xuchang.directory.editing.RecordWrites;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.region.RegionService;
import cn.xuchang.directory.service.PublicService;
import io.quarkus.panache.common.Sort;

/** HTTP API for online channels (渠道): mailboxes, platforms and accounts through which citizens reach an office. */
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
@RecordWrites(kind = ChannelKind.NAME, term = "渠道")
public class ChannelResource extends RecordWriteResource<ChannelRequest> {

    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listChannels", summary = "List online channels", description = "Channels ordered by id.")
    @APIResponse(responseCode = "200", description = "One page of channels")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageView<ChannelView> list(
            @Parameter(description = "Only the channels this organization answers", example = "xuchang-supervision-bureau")
            @QueryParam("organization") String organization,
            @Parameter(description = "Only channels of this type", example = "mailbox",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"mailbox", "platform",
                        "wechat_official_account", "mini_program", "app", "website"}))
            @QueryParam("type") String type,
            @Parameter(description = "Only channels for this service", example = "government-service-hotline")
            @QueryParam("service") String service,
            @Parameter(description = "Only channels serving this region", example = "411000")
            @QueryParam("region") String region,
            @BeanParam Freshness freshness,
            @BeanParam Paging paging) {
        ListFilter filter = freshness.appendTo(new ListFilter())
                .equal("organization", organization, ListFilter.existing("organization", id -> Organization.findById(id)))
                .equal("type", type, raw -> Params.parseEnum(ChannelType.class, "type", raw))
                .member("services", "service", service, ListFilter.existing("service", id -> PublicService.findById(id)))
                .member("regions", "region", region, code -> regions.require(code, "region"));
        return PageView.of(OnlineChannel.find(filter.query(), Sort.by("id"), filter.params()), paging, ChannelView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getChannel", summary = "Get one online channel",
            description = "The channel with the organization that answers it, its services and regions.")
    @APIResponse(responseCode = "200", description = "The channel")
    public ChannelView get(
            @Parameter(description = "Channel id", example = "xuchang-secretary-mayor-mailbox") @PathParam("id") String id) {
        return ChannelView.from(ApiException.orNotFound(OnlineChannel.<OnlineChannel>findById(id), "channel", id));
    }
}
