package cn.xuchang.directory.report;

import java.net.URI;
import java.util.OptionalLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.EditorContext;
import io.vertx.core.http.HttpServerRequest;

/** HTTP API for citizen reports: anyone may report a wrong record; editors handle their organization's. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    ReportRateLimiter limiter;

    @Inject
    EditorContext editors;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileReport", summary = "Report a wrong number, a desk nobody answers, a moved window",
            description = "Anonymous. At most 5 reports a minute from one address (429 with Retry-After beyond); "
                    + "the text is capped at 500 characters. No personal data is stored.")
    @SecurityRequirementsSet // open on purpose (security: [{}]): a citizen reports without signing in
    @APIResponse(responseCode = "201", description = "The report, open",
            headers = {@Header(name = "RateLimit-Policy", ref = "RateLimit-Policy"),
                @Header(name = "RateLimit", ref = "RateLimit"),
                @Header(name = "Access-Control-Allow-Origin", ref = "Access-Control-Allow-Origin")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response file(@RequestBody(required = true) ReportRequest request, @Context HttpServerRequest http) {
        ReportRateLimiter.Decision decision = limiter.take(address(http));
        OptionalLong wait = decision.retryAfter();
        if (wait.isPresent()) {
            ApiException tooMany = new ApiException(429, "/problems/too-many-requests", "Too Many Requests",
                    "At most " + limiter.perMinute() + " reports a minute from one address; try again in "
                            + wait.getAsLong() + " seconds", java.util.List.of())
                    .withHeader("Retry-After", String.valueOf(wait.getAsLong()));
            decision.headers().forEach(tooMany::withHeader);
            throw tooMany;
        }
        ReportView report = reports.file(request);
        Response.ResponseBuilder created = Response.created(URI.create("/api/v1/reports/" + report.id()))
                .entity(report);
        decision.headers().forEach(created::header);
        return created.build();
    }

    @GET
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "listReports", summary = "Reports about your organization's records",
            description = "Editors see the reports about records of their organization and those below it; admins "
                    + "see all. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public PageView<ReportView> list(
            @Parameter(description = "open or closed", example = "open") @QueryParam("status") String status,
            @BeanParam Paging paging) {
        return reports.list(editors.current(), status, paging);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Editor.ADMIN, Editor.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "closeReport", summary = "Close a report, saying what was done",
            description = "For editors of the organization responsible for the record, and admins.")
    @APIResponse(responseCode = "200", description = "The report, closed")
    public ReportView close(
            @Parameter(description = "Report id", example = "4f1c2a9e-5b0d-4c1e-9a8f-2b6d3e7f1a20") @PathParam("id") String id,
            @RequestBody CloseRequest request) {
        return reports.close(editors.current(), id, request);
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
