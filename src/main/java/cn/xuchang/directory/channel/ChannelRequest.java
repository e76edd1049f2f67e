package cn.xuchang.directory.channel;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** What an editor sends to create or replace an online channel; the fields of data/channels.yaml. */
@Schema(name = "ChannelRequest")
public record ChannelRequest(
        @Schema(maxLength = Limits.WORD, description = "mailbox, platform, wechat_official_account, mini_program, app or website",
                required = true, examples = "mailbox") String type,
        @Schema(maxLength = Limits.NAME, required = true, examples = "书记市长信箱") String name,
        @Schema(maxLength = Limits.SHORT_TEXT, description = "The account's name or number, only as a source gives it", examples = "许昌市委办") String handle,
        @Schema(maxLength = Limits.SOURCE, description = "Its address (http or https), only as a source gives it") String url,
        @Schema(maxLength = Limits.DESCRIPTION, description = "What citizens use it for") String description,
        @Schema(maxLength = Limits.ID, description = "Id of the organization that answers it", examples = "xuchang-supervision-bureau") String organization,
        @Schema(maxItems = Limits.SERVICES, description = "Service ids", examples = "[\"government-service-hotline\"]") List<String> services,
        @Schema(maxItems = Limits.REGIONS, description = "Codes of the regions whose citizens it serves", examples = "[\"411000\"]") List<String> regions,
        @Schema(maxLength = Limits.SOURCE, description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
