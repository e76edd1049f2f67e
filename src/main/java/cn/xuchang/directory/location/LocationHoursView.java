package cn.xuchang.directory.location;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.hours.Schedule;

/** 开放日历 (a centre's open days): the concrete open periods of each date in a range, by the official calendar. */
@Schema(name = "LocationHours", requiredProperties = {"location", "days"})
public record LocationHoursView(
        @Schema(examples = "xuchang-citizen-centre") String location,
        @Schema(description = "The centre's hours as published; absent when unknown (then days is empty)",
                examples = "工作日 上午8:30-12:00 下午14:30-17:30") String hours,
        @Schema(examples = "2025-09-27") LocalDate from,
        @Schema(examples = "2025-10-09") LocalDate to,
        @Schema(description = "Each date of the range with its open periods, or why it is closed") List<Schedule.Day> days,
        @Schema(description = "What the answer cannot know", examples = "开放时间未知，请先电话咨询") String note) {
}
