package cn.xuchang.directory.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.caching.AnswerCaches;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.smallrye.common.annotation.NonBlocking;

/** HTTP API for the one search box: what citizens type, answered best first. */
@Path("/api/v1/lookup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lookup")
public class LookupResource {

    /**
     * The query as sent — text, pinned region, limit — and the minute, since answers say what is open now: the key
     * of a kept answer, so that the queries citizens repeat most are answered without searching again.
     */
    record Asked(String q, String region, int limit, long minute) {
    }

    @Inject
    LookupService lookup;

    @Inject
    DirectoryCache directory;

    @GET
    @NonBlocking
    @Operation(operationId = "lookup", summary = "Find the number or window for what a citizen types",
            description = "Understands Chinese without spaces, pinyin with or without spaces, pinyin initials (cydk), "
                    + "service aliases (贴息贷款, 市长热线), places at every level wherever they stand in the query "
                    + "(鸠山镇, 禹州, 经开区, yuzhou) or given as `region`, former names of places (许昌县 → 建安区, shown in "
                    + "`place.formerName`), the words of a natural question (我想…打哪个电话), traditional characters "
                    + "(靈井鎮 創業貸款), English (startup loan Yuzhou: the English names of data/english-names.yaml, places in "
                    + "pinyin such as Jian'an; each answer carries its `english` name), full-width characters, and phone numbers "
                    + "(then it is a reverse lookup). When the query "
                    + "names a place, the desk for that place comes first, with the same township → county → city fallback "
                    + "as /api/v1/resolve; with no place, the city-level answer comes first. When it names a place of China "
                    + "outside the directory's area (洛阳, 襄阳襄城区), `outsideArea` names it and the answers are only numbers "
                    + "that answer nationwide (12333, 12345), never a local desk; a name shared with a place inside (襄城, "
                    + "yuzhou) means the place inside.")
    @APIResponse(responseCode = "200", description = "Answers, best first; empty when nothing matched",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookupView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response lookup(
            @Parameter(description = "What the citizen typed, 1 to 100 characters", required = true,
                    example = "禹州 创业贷款") @QueryParam("q") String q,
            @Parameter(description = "Region code of the citizen's place (e.g. from a saved place picker), used when the "
                    + "query names no place; a place typed in the query is the citizen's latest word and wins",
                    example = "411082")
            @QueryParam("region") String region,
            @Parameter(description = "At most this many answers, 1 to " + LookupService.MAX_LIMIT, example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + LookupService.MAX_LIMIT, defaultValue = "10"))
            @QueryParam("limit") String limit) {
        int max = Params.intInRange("limit", limit, 10, 1, LookupService.MAX_LIMIT);
        DirectoryCache.Served served = directory.served();
        AnswerCaches.PerSnapshot kept = served.derived(AnswerCaches.PerSnapshot.class);
        long minute = lookup.minute();
        return kept.send(kept.of("lookup").answer(new Asked(q, region, max, minute),
                () -> lookup.lookup(served, q, region, max)), minute);
    }
}
