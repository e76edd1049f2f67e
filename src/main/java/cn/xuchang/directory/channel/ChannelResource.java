package cn.xuchang.directory.channel;


import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.ListFilters;
import cn.xuchang.directory.editing.ListFilters.Words;
import cn.xuchang.directory.editing.ListQuery;
import cn.xuchang.directory.editing.RecordReads;
import cn.xuchang.directory.editing.RecordResource;
import cn.xuchang.directory.editing.RecordWrites;

/** HTTP API for online channels (渠道): mailboxes, platforms and accounts through which citizens reach an office. */
@Path("/api/v1/channels")
@Tag(name = "Channels")
@RecordReads(summary = "Get one online channel",
        description = "The channel with the organization that answers it, its services and regions.",
        example = "xuchang-secretary-mayor-mailbox")
@RecordWrites(kind = ChannelKind.NAME, term = "渠道")
public class ChannelResource extends RecordResource<ChannelRequest, ChannelView> {

    @GET
    @Operation(operationId = "listChannels", summary = "List online channels", description = "Channels ordered by id.")
    @ListFilters(organization = @Words(value = "Only the channels this organization answers", example = "xuchang-supervision-bureau"),
            service = @Words(value = "Only channels for this service", example = "government-service-hotline"),
            region = @Words(value = "Only channels serving this region", example = "411000"))
    public PageView<ChannelView> list(
            @Parameter(description = "Only channels of this type", example = "mailbox",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"mailbox", "platform",
                        "wechat_official_account", "mini_program", "app", "website"}))
            @QueryParam("type") String type,
            @BeanParam ListQuery query, @BeanParam Paging paging) {
        return page(query, paging,
                filter -> filter.equal("type", type, raw -> Params.parseEnum(ChannelType.class, "type", raw)));
    }
}
