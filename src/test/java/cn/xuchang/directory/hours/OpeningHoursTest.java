package cn.xuchang.directory.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/**
 * 现在开放吗 (open now) against the official calendar of data/holidays/: a window open 工作日 8:30–12:00 with
 * summer and winter afternoons, on the make-up Sunday, on 国庆节, on a Saturday and across the year's end.
 */
class OpeningHoursTest {

    static final String WINDOW = "工作日 上午8:30-12:00；夏季（5月1日-9月30日）下午15:00-18:00，冬季（10月1日-4月30日）下午14:30-17:30";

    final OpeningHours hours = new OpeningHours(java.time.Clock.systemUTC(), HoursParserTest.CALENDAR);

    OpenState at(String hoursText, String localDateTime) {
        return hours.at(HoursParser.parse(hoursText), LocalDateTime.parse(localDateTime).atZone(OpeningHours.CHINA));
    }

    @Test
    void openOnTheMakeUpSunday() {
        OpenState s = at(WINDOW, "2025-09-28T10:00");
        assertThat(s.openNow()).isTrue();
        assertThat(s.todayPeriods()).extracting(Period::display).containsExactly("8:30–12:00", "15:00–18:00");
        assertThat(s.closedReason()).isNull();
        assertThat(s.nextOpen()).isNull();
    }

    @Test
    void closedOnNationalDayUntilTheNinth() {
        OpenState s = at(WINDOW, "2025-10-01T10:00");
        assertThat(s.openNow()).isFalse();
        assertThat(s.closedReason()).isEqualTo("holiday");
        assertThat(s.holiday()).isEqualTo("国庆节、中秋节");
        assertThat(s.todayPeriods()).isEmpty();
        assertThat(s.nextOpen()).isEqualTo(OffsetDateTime.parse("2025-10-09T08:30+08:00"));
        assertThat(s.calendarKnown()).isTrue();
    }

    @Test
    void closedOnAnOrdinarySaturdayAndOpenOnTheMakeUpOne() {
        OpenState saturday = at(WINDOW, "2025-09-20T10:00");
        assertThat(saturday.openNow()).isFalse();
        assertThat(saturday.closedReason()).isEqualTo("weekend");
        assertThat(saturday.nextOpen()).isEqualTo(OffsetDateTime.parse("2025-09-22T08:30+08:00"));
        assertThat(at(WINDOW, "2025-10-11T10:00").openNow()).as("Saturday 2025-10-11 is a make-up workday").isTrue();
        assertThat(at(WINDOW, "2025-09-27T10:00").nextOpen()).as("after Saturday 27th comes the make-up Sunday")
                .isEqualTo(OffsetDateTime.parse("2025-09-28T08:30+08:00"));
    }

    @Test
    void summerAndWinterAfternoons() {
        assertThat(at(WINDOW, "2025-09-26T17:45").openNow()).as("summer: until 18:00").isTrue();
        OpenState winter = at(WINDOW, "2025-10-09T17:45");
        assertThat(winter.openNow()).as("winter: until 17:30").isFalse();
        assertThat(winter.closedReason()).isEqualTo("outside_hours");
        assertThat(winter.nextOpen()).isEqualTo(OffsetDateTime.parse("2025-10-10T08:30+08:00"));
        assertThat(at(WINDOW, "2025-10-09T12:30").nextOpen()).isEqualTo(OffsetDateTime.parse("2025-10-09T14:30+08:00"));
    }

    @Test
    void theYearsEnd() {
        OpenState newYearsEve2022 = at(WINDOW, "2022-12-31T10:00");
        assertThat(newYearsEve2022.holiday()).as("2022-12-31 is in 2023's notice").isEqualTo("元旦");
        assertThat(newYearsEve2022.closedReason()).isEqualTo("holiday");
        assertThat(newYearsEve2022.calendarKnown()).isTrue();
        assertThat(at(WINDOW, "2025-12-29T10:00").calendarKnown()).as("2026's notice is in").isTrue();

        OpenState lateDecember2026 = at(WINDOW, "2026-12-28T10:00");
        assertThat(lateDecember2026.calendarKnown()).as("2027's notice could still move it").isFalse();
        assertThat(lateDecember2026.openNow()).as("an ordinary Monday meanwhile").isTrue();

        OpenState newYear2027 = at(WINDOW, "2027-01-01T10:00");
        assertThat(newYear2027.calendarKnown()).isFalse();
        assertThat(newYear2027.openNow()).as("no calendar: an ordinary Friday").isTrue();
        assertThat(newYear2027.note()).contains("2027年的法定节假日安排尚未公布").contains("2026");
    }

    @Test
    void weekdayHoursCloseOnHolidaysOnlyWhenTheyAskTo() {
        assertThat(at("周一至周五 9:00-17:00，节假日休息", "2025-10-01T10:00").closedReason()).isEqualTo("holiday");
        assertThat(at("周一至周五 9:00-17:00", "2025-10-01T10:00").openNow()).isTrue();
        assertThat(at("24小时", "2025-10-01T03:00").openNow()).isTrue();
    }
}
