package cn.xuchang.directory.status;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.caching.AnswerCaches;
import cn.xuchang.directory.caching.Replays;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.smallrye.common.annotation.NonBlocking;


/** HTTP API telling partners which version of the directory this instance serves, without touching the database. */
@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status")
public class DirectoryStatusResource {

    /** What the instance serves. */
    @Schema(name = "DirectoryStatus", requiredProperties = {"version", "regions", "services", "organizations", "terms"})
    public record StatusView(
            @Schema(description = "Version of the in-memory directory; it increases when the directory changes",
                    examples = "3") long version,
            @Schema(description = "Number of regions served", examples = "114") int regions,
            @Schema(description = "Number of services served", examples = "9") int services,
            @Schema(description = "Number of organizations served", examples = "3") int organizations,
            @Schema(description = "The data's terms of use, as this instance's operator sets them "
                    + "(directory.terms.text, directory.terms.url)") Terms terms) {
    }

    /** The data's terms of use. */
    @Schema(name = "DataTerms", requiredProperties = "text")
    public record Terms(
            @Schema(description = "The terms in words", maxLength = 2000,
                    examples = "数据沿用每条记录所注来源（source）的使用条款，使用时请注明来源。") String text,
            @Schema(description = "Where the full terms are published; absent when not set", format = "uri",
                    maxLength = 2000) String url) {
    }

    @Inject
    DirectoryCache cache;

    @GET
    @NonBlocking
    @Operation(operationId = "status", summary = "Which version of the directory this instance serves",
            description = "A cheap answer from memory: the snapshot version and how many records it holds.")
    @APIResponse(responseCode = "200", description = "The directory this instance serves",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusView.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response status() {
        DirectoryCache.Served served = cache.served();
        return served.derived(AnswerCaches.PerSnapshot.class).send(served.derived(StatusBody.Written.class).body(),
                Replays.WHOLE_SNAPSHOT);
    }
}
