package cn.xuchang.directory.location;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.hours.OpeningHours;
import cn.xuchang.directory.hours.Schedule;

/** HTTP API for a centre's open days: its hours read against the official calendar over a date range. */
@Path("/api/v1/locations/{id}/hours")
@Tag(name = "Locations and windows")
public class LocationHoursResource {

    /** The longest range one request lists. */
    static final int MAX_DAYS = 92;

    @Inject
    OpeningHours openingHours;

    @GET
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLocationHours", summary = "List a service centre's open periods, date by date",
            description = "The centre's published hours read against the State Council's holidays and make-up workdays "
                    + "(data/holidays/): for each date from `from` to `to` (at most " + MAX_DAYS + " days, Asia/Shanghai) "
                    + "the open periods, or why it is closed (weekend, the holiday's name, closed_day, closed_date). Past "
                    + "the last published calendar, ordinary weeks are assumed and calendarKnown is false. A centre whose "
                    + "hours are unknown answers with no days and a note.")
    @APIResponse(responseCode = "200", description = "The open periods of each date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationHoursView.class)))
    public LocationHoursView hours(
            @Parameter(description = "Id of the service centre", example = "xuchang-citizen-centre") @PathParam("id") String id,
            @Parameter(description = "First date (YYYY-MM-DD); default today in Asia/Shanghai", example = "2025-09-27")
            @QueryParam("from") String from,
            @Parameter(description = "Last date (YYYY-MM-DD), at most " + MAX_DAYS + " days after from; default from + 6 days",
                    example = "2025-10-09")
            @QueryParam("to") String to) {
        LocalDate first = from == null ? openingHours.today() : date("from", from);
        LocalDate last = to == null ? first.plusDays(6) : date("to", to);
        if (last.isBefore(first)) {
            throw ApiException.invalid("to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiException.invalid("to", "must be less than " + MAX_DAYS + " days after from (" + first + ")");
        }
        Location location = ApiException.orNotFound(Location.<Location>findById(id), "location", id);
        Schedule schedule = HoursParser.parseOrNull(location.hours);
        if (schedule == null) {
            return new LocationHoursView(id, null, first, last, List.of(), "开放时间未知，请先电话咨询");
        }
        return new LocationHoursView(id, location.hours, first, last, openingHours.days(schedule, first, last), null);
    }

    private static LocalDate date(String field, String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "'" + raw + "' is not a date (YYYY-MM-DD)");
        }
    }
}
