package cn.xuchang.directory.hsds;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * HSDS 3.0 对象 (HSDS 3.0 objects): the shapes of Open Referral's Human Services Data Specification that this
 * directory publishes, field names as HSDS spells them. What we do not know is left out, never filled in.
 */
final class Hsds {

    /** A UUID's text: 36 characters. */
    static final int UUID = 36;
    /** A desk's name: the service's, then up to three region names (then 等N地). */
    static final int DESK_NAME = 4 * Limits.NAME + 20;
    /** The windows of one service: at most every window of a nationwide directory. */
    static final int MAX_WINDOWS = 1_000_000;

    private Hsds() {
    }

    @Schema(name = "HsdsApiInfo",
            requiredProperties = {"version", "openapi_url"}, description = "HSDS API meta information")
    record ApiInfo(
            @Schema(examples = "3.0", maxLength = 10) String version,
            @JsonProperty("openapi_url") @Schema(description = "This API's OpenAPI description", maxLength = Limits.URI)
            String openapiUrl) {
    }

    @Schema(requiredProperties = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty",
            "contents"})
    record Page<T>(
            @JsonProperty("total_items") int totalItems,
            @JsonProperty("total_pages") int totalPages,
            @JsonProperty("page_number") int pageNumber,
            int size,
            @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage,
            boolean empty,
            @Schema(maxItems = 1000, description = "At most per_page") List<T> contents) {

        static <T> Page<T> of(List<T> all, int page, int perPage) {
            int from = (int) Math.min((long) (page - 1) * perPage, all.size());
            List<T> contents = all.subList(from, Math.min(from + perPage, all.size()));
            int pages = (all.size() + perPage - 1) / perPage;
            return new Page<>(all.size(), pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(),
                    contents);
        }
    }

    @Schema(name = "HsdsOrganization",
            requiredProperties = {"id", "name", "organization_identifiers"}, description = "HSDS organization: an office of the directory")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @Schema(maxLength = Limits.NAME) String name,
            @JsonProperty("alternate_name") @Schema(description = "The short name people use",
                    maxLength = Limits.SHORT_TEXT) String alternateName,
            @Schema(maxLength = Limits.DESCRIPTION) String description,
            @JsonProperty("parent_organization_id") @Schema(format = "uuid", maxLength = UUID) String parentOrganizationId,
            @JsonProperty("organization_identifiers") @Schema(maxItems = 1) List<Identifier> identifiers) {
    }

    @Schema(name = "HsdsOrganizationIdentifier",
            requiredProperties = {"id", "organization_id", "identifier_scheme", "identifier_type", "identifier"}, description = "Our own id of an organization")
    record Identifier(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("organization_id") @Schema(format = "uuid", maxLength = UUID) String organizationId,
            @JsonProperty("identifier_scheme") @Schema(examples = "xuchang-directory", maxLength = Limits.WORD)
            String identifierScheme,
            @JsonProperty("identifier_type") @Schema(maxLength = Limits.SHORT_TEXT) String identifierType,
            @Schema(description = "Our id", examples = "xuchang-hrss", maxLength = Limits.ID) String identifier) {
    }

    @Schema(name = "HsdsService",
            requiredProperties = {"id", "name", "status"}, description = "HSDS service: a service of the directory, or one of its desks "
            + "(the service as one hotline answers it, for the regions it serves)")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Service(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("organization_id") @Schema(format = "uuid", maxLength = UUID) String organizationId,
            @Schema(examples = "创业担保贷款（禹州市）", maxLength = DESK_NAME) String name,
            @JsonProperty("alternate_name") @Schema(description = "Other names citizens use, or the desk's label",
                    maxLength = Limits.ALIASES * (Limits.SHORT_TEXT + 1)) String alternateName,
            @Schema(maxLength = Limits.DESCRIPTION) String description,
            @Schema(description = "Always active: retired records are not published here", examples = "active",
                    maxLength = Limits.WORD) String status,
            @JsonProperty("last_modified") Instant lastModified,
            Organization organization,
            @Schema(maxItems = 1, description = "A desk's hotline") List<Phone> phones,
            @Schema(maxItems = 1, description = "A desk's hours as the source states them") List<Schedule> schedules,
            @JsonProperty("service_areas") @Schema(maxItems = Limits.REGIONS) List<ServiceArea> serviceAreas,
            @JsonProperty("service_at_locations") @Schema(maxItems = MAX_WINDOWS,
                    description = "The windows where the service is done") List<ServiceAtLocation> serviceAtLocations) {

        /** The list form: no nested lists. */
        Service summary() {
            return new Service(id, organizationId, name, alternateName, description, status, lastModified,
                    organization, null, null, null, null);
        }
    }

    @Schema(name = "HsdsPhone",
            requiredProperties = {"id", "service_id", "number", "type"}, description = "HSDS phone: a hotline")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Phone(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("service_id") @Schema(format = "uuid", maxLength = UUID) String serviceId,
            @Schema(description = "As people dial it within China", examples = "0374-8297716",
                    maxLength = Limits.PHONE_NUMBER) String number,
            @Schema(examples = "voice", maxLength = Limits.WORD) String type,
            @Schema(description = "The hotline's label", maxLength = Limits.NAME) String description) {
    }

    @Schema(name = "HsdsServiceArea",
            requiredProperties = {"id", "service_id", "name", "description"}, description = "HSDS service area: a region a desk serves")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceArea(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("service_id") @Schema(format = "uuid", maxLength = UUID) String serviceId,
            @Schema(examples = "禹州市", maxLength = Limits.NAME) String name,
            @Schema(examples = "行政区划代码 411081", maxLength = Limits.SHORT_TEXT) String description) {
    }

    @Schema(name = "HsdsSchedule", requiredProperties = {"id", "description"},
            description = "HSDS schedule: opening hours as the source states them; for a location or a service at a "
                    + "location, one entry per weekly open period of the parsed hours")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Schedule(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("service_id") @Schema(format = "uuid", maxLength = UUID) String serviceId,
            @JsonProperty("location_id") @Schema(format = "uuid", maxLength = UUID) String locationId,
            @JsonProperty("service_at_location_id") @Schema(format = "uuid", maxLength = UUID) String serviceAtLocationId,
            @Schema(description = "UTC offset of the times: 8 (Asia/Shanghai)", examples = "8") Integer timezone,
            @Schema(examples = "WEEKLY", maxLength = Limits.WORD) String freq,
            @Schema(description = "Days of the week (RFC 5545), e.g. MO,TU,WE,TH,FR", examples = "MO,TU,WE,TH,FR",
                    maxLength = 20) String byday,
            @JsonProperty("opens_at") @Schema(examples = "08:30", maxLength = 5) String opensAt,
            @JsonProperty("closes_at") @Schema(examples = "12:00", maxLength = 5) String closesAt,
            @Schema(examples = "工作日 9:00-17:00", maxLength = Limits.SOURCE) String description,
            @Schema(description = "What the weekly pattern cannot say: the official calendar, the season",
                    examples = "工作日：按国务院节假日安排，法定节假日休息，调休上班日开放", maxLength = Limits.SOURCE) String notes) {

        /** A hotline's hours as the source states them. */
        Schedule(String id, String serviceId, String description) {
            this(id, serviceId, null, null, null, null, null, null, null, description, null);
        }
    }

    @Schema(name = "HsdsLocation",
            requiredProperties = {"id", "location_type", "name", "external_identifier", "external_identifier_type"},
            description = "HSDS location: a service centre")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Location(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("location_type") @Schema(examples = "physical", maxLength = Limits.WORD) String locationType,
            @Schema(maxLength = Limits.NAME) String name,
            @Schema(description = "The street address as the source gives it, when it does",
                    maxLength = Limits.SOURCE + 3) String description,
            @JsonProperty("external_identifier") @Schema(description = "Our id of the centre", maxLength = Limits.ID)
            String externalIdentifier,
            @JsonProperty("external_identifier_type") @Schema(examples = "xuchang-directory", maxLength = Limits.WORD)
            String externalIdentifierType,
            @Schema(description = "WGS-84 (HSDS's datum; converted when the source gives GCJ-02); absent when unknown",
                    examples = "34.0357") Double latitude,
            @Schema(description = "WGS-84; absent when unknown", examples = "113.8523") Double longitude,
            @Schema(maxItems = HsdsSchedules.MAX, description = "The centre's hours, one entry per weekly open period")
            List<Schedule> schedules) {
    }

    @Schema(name = "HsdsServiceAtLocation", requiredProperties = {"id", "service_id", "location_id", "location"},
            description = "HSDS service at location: a window where a service is done")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceAtLocation(
            @Schema(format = "uuid", maxLength = UUID) String id,
            @JsonProperty("service_id") @Schema(format = "uuid", maxLength = UUID) String serviceId,
            @JsonProperty("location_id") @Schema(format = "uuid", maxLength = UUID) String locationId,
            @Schema(examples = "创业担保贷款窗口，市民之家一楼B区118", maxLength = Limits.NAME + 1 + 4 * Limits.NAME)
            String description,
            Location location,
            Service service,
            @Schema(maxItems = HsdsSchedules.MAX, description = "The window's hours (its own, else its centre's), one "
                    + "entry per weekly open period") List<Schedule> schedules) {
    }
}
