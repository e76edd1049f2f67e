package cn.xuchang.directory.hours;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 每周时段 (weekly rule): the periods of some days of the week, or of the official working days, in a season or all year. */
@Schema(name = "HoursRule", requiredProperties = {"workdays", "days", "periods"})
public record WeeklyRule(
        @Schema(description = "The season it holds in; absent: all year") Season season,
        @Schema(description = "True for 工作日: the official calendar's working days (make-up workdays in, holidays out)") boolean workdays,
        @Schema(description = "Days of the week it holds on, when not workdays", examples = "[\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]") List<String> days,
        @Schema(description = "Open periods of each such day, in order") List<Period> periods) {

    static String day(DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    boolean holdsOnWeekday(DayOfWeek d) {
        return days != null && days.contains(day(d));
    }
}
