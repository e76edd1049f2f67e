package cn.xuchang.directory.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.WireNames;

/**
 * 开放时间 (schedule): the parsed form of an hours text — weekly rules (per season), days closed, whether the
 * official holidays close it, and date exceptions; what is open on a date follows from it and the calendar.
 */
@Schema(name = "Schedule",
        requiredProperties = {"allDay", "closedOnHolidays"}, description = "The parsed form of hours (read-only)")
public record Schedule(
        @Schema(description = "Open day and night, every day (24小时)") boolean allDay,
        @Schema(description = "Weekly rules; a day's periods are those of every rule that holds on it") List<WeeklyRule> rules,
        @Schema(description = "Days of the week stated as closed", examples = "[\"sat\", \"sun\"]") List<String> closedDays,
        @Schema(description = "Closed on the official holidays (节假日休息); 工作日 rules follow the calendar anyway") boolean closedOnHolidays,
        @Schema(description = "Given dates, closed or with hours of their own; they win over the rules") List<DateException> exceptions) {

    /** Why a day has no open period. */
    public enum Closed {
        WEEKEND, HOLIDAY, CLOSED_DAY, CLOSED_DATE;

        @JsonValue
        public String wire() {
            return WireNames.of(this);
        }
    }

    /** The open periods of one date and, when there are none, why. */
    @Schema(name = "OpenDay", requiredProperties = {"date", "periods", "calendarKnown"})
    public record Day(
            @Schema(examples = "2025-10-01") LocalDate date,
            @Schema(description = "Open periods that day; empty: closed") List<Period> periods,
            @Schema(description = "Why it is closed all day; absent when it opens",
                    enumeration = {"weekend", "holiday", "closed_day", "closed_date"}, implementation = String.class, examples = "holiday") Closed closed,
            @Schema(description = "The official holiday that day, as the calendar names it", examples = "国庆节、中秋节") String holiday,
            @Schema(description = "False past the last official calendar held: holidays not known, ordinary weeks assumed") boolean calendarKnown) {
    }

    public Day on(LocalDate date, OfficialCalendar calendar) {
        OfficialCalendar.Entry entry = calendar.entry(date);
        boolean known = calendar.knows(date);
        String holiday = entry != null && entry.offDay() ? entry.name() : null;
        if (allDay) {
            return new Day(date, List.of(Period.ofMinutes(0, Period.DAY)), null, holiday, known);
        }
        for (DateException e : exceptions) {
            if (e.matches(date)) {
                return new Day(date, e.periods(), e.periods().isEmpty() ? Closed.CLOSED_DATE : null, holiday, known);
            }
        }
        DayOfWeek dow = date.getDayOfWeek();
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        boolean makeUp = entry != null && !entry.offDay();
        boolean workday = holiday == null && (!weekend || makeUp);
        boolean dayClosed = closedDays.contains(WeeklyRule.day(dow)) && !makeUp;
        List<Period> periods = new ArrayList<>();
        for (WeeklyRule r : rules) {
            if (r.season() != null && !r.season().contains(date)) {
                continue;
            }
            boolean holds = r.workdays() ? workday
                    : r.holdsOnWeekday(dow) && !dayClosed && !(closedOnHolidays && holiday != null);
            if (holds) {
                periods.addAll(r.periods());
            }
        }
        periods.sort(Comparator.comparing(Period::from));
        Closed closed = !periods.isEmpty() ? null
                : holiday != null ? Closed.HOLIDAY
                : weekend ? Closed.WEEKEND : Closed.CLOSED_DAY;
        return new Day(date, List.copyOf(periods), closed, holiday, known);
    }
}
