package cn.xuchang.directory.hours;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 现在开放吗 (open now): whether a place or line is open at the moment of the answer, today's hours and when it next opens. */
@Schema(name = "OpenNow", requiredProperties = {"openNow", "today", "todayPeriods", "calendarKnown"})
public record OpenState(
        @Schema(description = "Open at the moment of the answer (Asia/Shanghai)") boolean openNow,
        @Schema(description = "Today's date in Asia/Shanghai", examples = "2025-10-01") LocalDate today,
        @Schema(description = "Today's open periods; empty when closed all day") List<Period> todayPeriods,
        @Schema(description = "Why it is closed now; absent when open",
                enumeration = {"weekend", "holiday", "closed_day", "closed_date", "outside_hours"}, examples = "holiday") String closedReason,
        @Schema(description = "The official holiday today, as the calendar names it", examples = "国庆节、中秋节") String holiday,
        @Schema(description = "When it next opens; absent when open now or never within a year", examples = "2025-10-09T08:30:00+08:00") OffsetDateTime nextOpen,
        @Schema(description = "False when today is past the last official calendar the directory holds: holidays are then not known and ordinary weeks are assumed") boolean calendarKnown,
        @Schema(description = "What the answer cannot know", examples = "2027年的法定节假日安排尚未公布，按普通周计算") String note) {
}
