package cn.xuchang.directory.editing;

import cn.xuchang.directory.common.ListFilter;

import cn.xuchang.directory.common.DirectoryConfig;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.common.Params;
import cn.xuchang.directory.common.Problem;

/** 时效 (freshness) filter shared by the list endpoints: records nobody has verified for a while. */
public class Freshness {

    @QueryParam("stale")
    @Parameter(description = "Only records not verified within the configured number of days (365 by default), "
            + "or never verified; not together with staleDays", example = "true",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String stale;

    @QueryParam("staleDays")
    @Parameter(description = "Only records not verified within this many days, or never verified; not together "
            + "with stale", example = "180",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_DAYS))
    String staleDays;

    private static final int MAX_DAYS = 100_000;

    @QueryParam("modified_after")
    @Parameter(description = "Only records changed after this time (RFC 3339, e.g. 2026-11-27T08:00:00+08:00): "
            + "their own fields, retiring and restoring included; retired records are listed too, with retired: "
            + "true (a hotline: status retired). For every change in order, follow GET /api/v1/changes",
            example = "2026-11-27T08:00:00+08:00", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String modifiedAfter;

    /** The freshness parameters given in the request, by name; empty when none. */
    public List<String> given() {
        List<String> given = new java.util.ArrayList<>();
        if (stale != null) {
            given.add("stale");
        }
        if (staleDays != null) {
            given.add("staleDays");
        }
        if (modifiedAfter != null) {
            given.add("modified_after");
        }
        return given;
    }

    /**
     * Adds the filters asked for to a Panache query on an entity with {@code lastVerified} and {@code updatedAt}:
     * not verified lately, changed after a time.
     */
    public ListFilter appendTo(ListFilter filter) {
        if (stale != null && staleDays != null) {
            throw new ApiException(400, "/problems/invalid-input", "Invalid input",
                    "stale, staleDays: give one of them (staleDays sets its own number of days)",
                    List.of(new Problem.FieldError("stale", "not together with staleDays"),
                            new Problem.FieldError("staleDays", "not together with stale")));
        }
        if (modifiedAfter != null) {
            filter.where("updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter());
        }
        Integer days = null;
        if (staleDays != null) {
            days = Params.intInRange("staleDays", staleDays, 0, 0, MAX_DAYS);
        } else if (stale != null) {
            String flag = stale.strip().toLowerCase(java.util.Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                throw ApiException.invalid("stale", "must be true or false");
            }
            if (flag.equals("true")) {
                days = ConfigProvider.getConfig().unwrap(io.smallrye.config.SmallRyeConfig.class)
                        .getConfigMapping(cn.xuchang.directory.common.DirectoryConfig.class).freshnessDays();
            }
        }
        return days == null ? filter : filter.where("(lastVerified is null or lastVerified < :verifiedBefore)",
                "verifiedBefore", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(days));
    }

    private java.time.Instant modifiedAfter() {
        try {
            return java.time.OffsetDateTime.parse(modifiedAfter.strip(),
                    java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw cn.xuchang.directory.common.ApiException.invalid("modified_after",
                    "must be an RFC 3339 time with its offset, e.g. 2026-11-27T08:00:00+08:00 or 2026-11-27T00:00:00Z");
        }
    }
}
