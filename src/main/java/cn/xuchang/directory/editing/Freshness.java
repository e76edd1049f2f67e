package cn.xuchang.directory.editing;

import cn.xuchang.directory.common.ListFilter;

import cn.xuchang.directory.common.DirectoryConfig;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.xuchang.directory.common.Params;

/** 时效 (freshness) filter shared by the list endpoints: records nobody has verified for a while. */
public class Freshness {

    @QueryParam("stale")
    @Parameter(description = "Only records not verified within the configured number of days (365 by default), "
            + "or never verified", example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    String stale;

    @QueryParam("staleDays")
    @Parameter(description = "Only records not verified within this many days, or never verified", example = "180",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_DAYS))
    String staleDays;

    private static final int MAX_DAYS = 100_000;

    /** Adds the filter to a Panache query on an entity with {@code lastVerified}, when one was asked for. */
    public ListFilter appendTo(ListFilter filter) {
        Integer days = null;
        if (staleDays != null) {
            days = Params.intInRange("staleDays", staleDays, 0, 0, MAX_DAYS);
        } else if (stale != null) {
            String flag = stale.strip().toLowerCase(java.util.Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                throw cn.xuchang.directory.common.ApiException.invalid("stale", "must be true or false");
            }
            if (flag.equals("true")) {
                days = ConfigProvider.getConfig().unwrap(io.smallrye.config.SmallRyeConfig.class)
                        .getConfigMapping(cn.xuchang.directory.common.DirectoryConfig.class).freshnessDays();
            }
        }
        return days == null ? filter : filter.where("(lastVerified is null or lastVerified < :verifiedBefore)",
                "verifiedBefore", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(days));
    }
}
