package cn.xuchang.directory.channel;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor sends to create or replace an online channel; the fields of data/channels.yaml. */
@Schema(name = "ChannelRequest")
public record ChannelRequest(
        @Schema(description = "mailbox, platform, wechat_official_account, mini_program, app or website",
                required = true, examples = "mailbox") String type,
        @Schema(required = true, examples = "书记市长信箱") String name,
        @Schema(description = "The account's name or number, only as a source gives it", examples = "许昌市委办") String handle,
        @Schema(description = "Its address (http or https), only as a source gives it") String url,
        @Schema(description = "What citizens use it for") String description,
        @Schema(description = "Id of the organization that answers it", examples = "xuchang-supervision-bureau") String organization,
        @Schema(description = "Service ids", examples = "[\"government-service-hotline\"]") List<String> services,
        @Schema(description = "Codes of the regions whose citizens it serves", examples = "[\"411000\"]") List<String> regions,
        @Schema(description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
