package cn.xuchang.directory.editing;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 变更页 (a page of the change feed): changes after the cursor sent, and the cursor to send next. */
@Schema(name = "ChangeFeed", requiredProperties = {"changes", "next", "more"})
public record ChangeFeedView(
        @Schema(description = "Changes after the cursor, oldest first") List<FeedChangeView> changes,
        @Schema(description = "Opaque cursor to send as after= next time: it covers every change on this page "
                + "(and none after). It stays valid across restarts and instances for the retention "
                + "(directory.changes.retention, 30 days by default)", examples = "1042") String next,
        @Schema(description = "True when more changes follow at once: ask again with next") boolean more) {
}
