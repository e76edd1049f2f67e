package cn.xuchang.directory.hours;

import java.time.LocalDate;
import java.time.MonthDay;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 作息季节 (season): a yearly date range such as 夏季 5月1日–9月30日; a range may run over the new year. */
@Schema(name = "HoursSeason", requiredProperties = {"name", "from", "to"})
public record Season(
        @Schema(description = "The season's name as the text gives it; absent for a bare date range", examples = "夏季") String name,
        @Schema(description = "First day, MM-dd", examples = "05-01") String from,
        @Schema(description = "Last day, MM-dd (before from: the range runs into the next year)", examples = "09-30") String to) {

    public boolean contains(LocalDate date) {
        MonthDay d = MonthDay.from(date);
        MonthDay first = MonthDay.parse("--" + from);
        MonthDay last = MonthDay.parse("--" + to);
        return first.isAfter(last) ? !d.isBefore(first) || !d.isAfter(last) : !d.isBefore(first) && !d.isAfter(last);
    }
}
