package cn.xuchang.directory.hours;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 特殊日期 (date exception): a given date, once or every year, closed or with hours of its own. */
@Schema(name = "HoursException", requiredProperties = {"date", "periods"})
public record DateException(
        @Schema(description = "yyyy-MM-dd for one date, MM-dd for every year", examples = "12-31") String date,
        @Schema(description = "Open periods that day; empty: closed") List<Period> periods) {

    boolean matches(LocalDate d) {
        return date.length() == 5 ? d.toString().endsWith("-" + date) : d.toString().equals(date);
    }
}
