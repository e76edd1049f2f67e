package cn.xuchang.directory.hsds;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.snapshot.DirectoryCache;

/**
 * HTTP API publishing the directory in Open Referral HSDS 3.0, the read-only part of the HSDS API (meta,
 * organizations, services, locations, services at locations), so that tools made for HSDS read it without code of our own.
 */
@Path("/api/v1/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "The directory as Open Referral HSDS 3.0 (Human Services Data Specification)")
public class HsdsResource {

    @Inject
    DirectoryCache directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "hsdsMeta", summary = "HSDS API meta information",
            description = "The HSDS version this API follows and where its OpenAPI description is.")
    @APIResponse(responseCode = "200", description = "The meta information")
    public Hsds.ApiInfo meta() {
        return new Hsds.ApiInfo("3.0", uri.getBaseUriBuilder().path("q/openapi").queryParam("format", "json")
                .build().toString());
    }

    @GET
    @Path("/organizations")
    @Operation(operationId = "hsdsListOrganizations", summary = "HSDS organizations, one page",
            description = "Every organization in service, in our id order; our id is in organization_identifiers.")
    @APIResponse(responseCode = "200", description = "One page of organizations")
    public Hsds.Page<Hsds.Organization> organizations(
            @BeanParam HsdsPaging paging) {
        return paging.of(catalog().organizations);
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(operationId = "hsdsGetOrganization", summary = "One HSDS organization",
            description = "By its HSDS id (a UUID derived from our id).")
    @APIResponse(responseCode = "200", description = "The organization")
    public Hsds.Organization organization(
            @Parameter(description = "HSDS id of the organization", example = "f8ba435e-8c3a-5c80-a665-5888a4192263",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return ApiException.orNotFound(catalog().organizationsById.get(id), "HSDS organization", id);
    }

    @GET
    @Path("/services")
    @Operation(operationId = "hsdsListServices", summary = "HSDS services, one page",
            description = "Each service of the directory, followed by one service per desk that answers it (its "
                    + "phone and service areas are in the full service).")
    @APIResponse(responseCode = "200", description = "One page of services")
    public Hsds.Page<Hsds.Service> services(
            @BeanParam HsdsPaging paging,
            @Parameter(description = "Only the services of this organization (its HSDS id)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("organization_id") String organizationId,
            @Parameter(description = "Only services modified after this time (RFC 3339)",
                    example = "2026-11-27T08:00:00+08:00", schema = @Schema(type = SchemaType.STRING,
                            format = "date-time")) @QueryParam("modified_after") String modifiedAfter) {
        HsdsCatalog catalog = catalog();
        List<Hsds.Service> services = organizationId == null ? catalog.serviceSummaries
                : catalog.serviceSummariesByOrganization.getOrDefault(organizationId.strip(), List.of());
        if (modifiedAfter != null) {
            Instant after = instant("modified_after", modifiedAfter);
            services = services.stream().filter(s -> s.lastModified() != null && s.lastModified().isAfter(after))
                    .toList();
        }
        return paging.of(services);
    }

    @GET
    @Path("/services/{id}")
    @Operation(operationId = "hsdsGetService", summary = "One HSDS service, fully nested",
            description = "With its organization, phones, schedules (hours as the source states them), service "
                    + "areas and the windows where it is done.")
    @APIResponse(responseCode = "200", description = "The service")
    public Hsds.Service service(
            @Parameter(description = "HSDS id of the service", example = "4d5a29e2-a9aa-5b31-898d-a0449c6cf68e",
                    schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("id") String id) {
        return ApiException.orNotFound(catalog().servicesById.get(id), "HSDS service", id);
    }

    @GET
    @Path("/locations")
    @Operation(operationId = "hsdsListLocations", summary = "HSDS locations, one page",
            description = "Every service centre that has a window in service, in our id order; our id is its "
                    + "external_identifier. (The HSDS API reaches locations through service_at_locations; this list "
                    + "is for mirrors.)")
    @APIResponse(responseCode = "200", description = "One page of locations")
    public Hsds.Page<Hsds.Location> locations(@BeanParam HsdsPaging paging) {
        return paging.of(catalog().locations);
    }

    @GET
    @Path("/locations/{id}")
    @Operation(operationId = "hsdsGetLocation", summary = "One HSDS location",
            description = "By its HSDS id (a UUID derived from our id).")
    @APIResponse(responseCode = "200", description = "The location")
    public Hsds.Location location(
            @Parameter(description = "HSDS id of the location", example = "c1707af5-896f-5bb4-860f-75c40dd9e9c3",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return ApiException.orNotFound(catalog().locationsById.get(id), "HSDS location", id);
    }

    @GET
    @Path("/service_at_locations")
    @Operation(operationId = "hsdsListServiceAtLocations", summary = "HSDS services at locations, one page",
            description = "One per window and service done there, with the service centre.")
    @APIResponse(responseCode = "200", description = "One page of services at locations")
    public Hsds.Page<Hsds.ServiceAtLocation> serviceAtLocations(
            @BeanParam HsdsPaging paging) {
        return paging.of(catalog().serviceAtLocations);
    }

    @GET
    @Path("/service_at_locations/{id}")
    @Operation(operationId = "hsdsGetServiceAtLocation", summary = "One HSDS service at a location",
            description = "The window, its service centre and the service done there.")
    @APIResponse(responseCode = "200", description = "The service at the location")
    public Hsds.ServiceAtLocation serviceAtLocation(
            @Parameter(description = "HSDS id of the service at location",
                    example = "94eb9ba9-b8f7-56eb-8ed5-7bfa8ac3efd8", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @PathParam("id") String id) {
        HsdsCatalog catalog = catalog();
        Hsds.ServiceAtLocation found = ApiException.orNotFound(catalog.serviceAtLocationsById.get(id),
                "HSDS service at location", id);
        Hsds.Service service = catalog.servicesById.get(found.serviceId());
        return new Hsds.ServiceAtLocation(found.id(), found.serviceId(), found.locationId(), found.description(),
                found.location(), service == null ? null : service.summary(), found.schedules());
    }

    private HsdsCatalog catalog() {
        return directory.served().derived(HsdsCatalogs.Lazy.class).get();
    }

    private static Instant instant(String field, String raw) {
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an RFC 3339 time with its offset, e.g. 2026-11-27T08:00:00+08:00");
        }
    }
}
