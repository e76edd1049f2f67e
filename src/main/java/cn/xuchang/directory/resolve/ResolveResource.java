package cn.xuchang.directory.resolve;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.caching.AnswerCaches;
import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.hours.OpeningHours;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.region.RegionService;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import io.smallrye.common.annotation.NonBlocking;

/** HTTP API answering which desk serves a citizen of a region for a service. */
@Path("/api/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolve")
public class ResolveResource {

    /** What was asked, once checked, and the minute (answers say what is open now): the key of a kept answer. */
    record Asked(String service, String region, long minute) {
    }

    @Inject
    RegionService regions;

    @Inject
    DeskResolver resolver;

    @Inject
    DirectoryCache directory;

    @Inject
    OpeningHours hours;

    @GET
    @NonBlocking
    @Operation(operationId = "resolve", summary = "Find the hotline and window for a service where a citizen lives",
            description = "The most specific region with a desk for the service answers, walking up township → county "
                    + "→ city; `fallback` says whether that was a region above the one asked about. National numbers "
                    + "for the service, then general ones such as 12345, follow the local desk.")
    @APIResponse(responseCode = "200", description = "The desks to call or visit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResolutionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response resolve(
            @Parameter(description = "Service id", required = true, example = "startup-guarantee-loan")
            @QueryParam("service") String service,
            @Parameter(description = "Code of the region where the citizen lives: 6, 9 or 12 digits", required = true,
                    example = "411081204")
            @QueryParam("region") String region) {
        String serviceId = Params.required("service", service);
        String regionCode = Params.required("region", region);
        DirectoryCache.Served served = directory.served();
        DirectorySnapshot snapshot = served.snapshot();
        RegionView place = regions.require(snapshot.regions(), regionCode, "region");
        ServiceView found = ApiException.orNotFound(snapshot.service(serviceId), "service", serviceId);
        AnswerCaches.PerSnapshot kept = served.derived(AnswerCaches.PerSnapshot.class);
        long minute = hours.minute();
        return kept.send(kept.of("resolve").answer(new Asked(found.id(), place.code(), minute),
                () -> resolver.resolve(snapshot, found, place)), minute);
    }
}
