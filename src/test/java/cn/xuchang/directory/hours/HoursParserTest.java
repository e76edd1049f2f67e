package cn.xuchang.directory.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 开放时间解析 (the hours parser) on phrasings as offices publish them: each read into a schedule, shown as the
 * periods of three fixed dates — Monday 2025-09-22 (summer), Saturday 2025-09-27, Monday 2025-12-01 (winter);
 * and texts it must refuse, with what it says.
 */
class HoursParserTest {

    static final OfficialCalendar CALENDAR = CalendarFiles.read(Path.of("data"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            周一至周五 上午8:30-12:00 下午14:30-17:30                | 08:30-12:00 14:30-17:30 | closed               | 08:30-12:00 14:30-17:30
            周一至周五：上午8:30—12:00，下午14:30—17:30                | 08:30-12:00 14:30-17:30 | closed               | 08:30-12:00 14:30-17:30
            工作日 9:00-17:00                                        | 09:00-17:00             | closed               | 09:00-17:00
            工作日9:00—17:00                                         | 09:00-17:00             | closed               | 09:00-17:00
            法定工作日 上午9:00-12:00 下午13:00-17:00                  | 09:00-12:00 13:00-17:00 | closed               | 09:00-12:00 13:00-17:00
            24小时                                                   | 00:00-24:00             | 00:00-24:00          | 00:00-24:00
            7×24小时                                                 | 00:00-24:00             | 00:00-24:00          | 00:00-24:00
            全天24小时服务                                            | 00:00-24:00             | 00:00-24:00          | 00:00-24:00
            每天 8:00-20:00                                          | 08:00-20:00             | 08:00-20:00          | 08:00-20:00
            全年无休 9:00-21:00                                       | 09:00-21:00             | 09:00-21:00          | 09:00-21:00
            周一至周日 9:00-17:00                                     | 09:00-17:00             | 09:00-17:00          | 09:00-17:00
            星期一至星期五 8:30-17:30                                  | 08:30-17:30             | closed               | 08:30-17:30
            周一至周六 9:00-17:00                                     | 09:00-17:00             | 09:00-17:00          | 09:00-17:00
            周一到周五 上午 8:30-12:00；下午 2:30-5:30                   | 08:30-12:00 14:30-17:30 | closed               | 08:30-12:00 14:30-17:30
            周一至周五 8：30－12：00 14：30－17：30                      | 08:30-12:00 14:30-17:30 | closed               | 08:30-12:00 14:30-17:30
            周一至周五 ８:３０-１２:００                                 | 08:30-12:00             | closed               | 08:30-12:00
            周一至周五 9点-17点                                        | 09:00-17:00             | closed               | 09:00-17:00
            周一至周五 8点半至12点 下午2点半至5点半                        | 08:30-12:00 14:30-17:30 | closed               | 08:30-12:00 14:30-17:30
            周一至周五 9时30分至17时                                    | 09:30-17:00             | closed               | 09:30-17:00
            周一至周五 9:00~17:00                                     | 09:00-17:00             | closed               | 09:00-17:00
            周一至周五 9:00～17:00，周六、周日休息                         | 09:00-17:00             | closed               | 09:00-17:00
            周一至周五 9:00-17:00（法定节假日除外）                         | 09:00-17:00             | closed               | 09:00-17:00
            周一至周五 9:00-17:00，双休日及法定节假日休息                    | 09:00-17:00             | closed               | 09:00-17:00
            周一至周五 9:00-17:00 节假日休息                              | 09:00-17:00             | closed               | 09:00-17:00
            周一至周五 9:00-17:00；周六 9:00-12:00                       | 09:00-17:00             | 09:00-12:00          | 09:00-17:00
            周一至周五 9:00-17:00，周六日 10:00-16:00                     | 09:00-17:00             | 10:00-16:00          | 09:00-17:00
            周末 10:00-16:00；工作日 9:00-18:00                          | 09:00-18:00             | 10:00-16:00          | 09:00-18:00
            办公时间：周一至周五 上午8:30-12:00 下午14:30-17:30              | 08:30-12:00 14:30-17:30 | closed               | 08:30-12:00 14:30-17:30
            受理时间：工作日 8:30-17:00                                   | 08:30-17:00             | closed               | 08:30-17:00
            工作日 上午8:30-12:00；夏季（5月1日-9月30日）下午15:00-18:00，冬季（10月1日-4月30日）下午14:30-17:30 | 08:30-12:00 15:00-18:00 | closed | 08:30-12:00 14:30-17:30
            工作日 上午8:30-12:00 夏季(5月1日至9月30日)下午3:00-6:00 冬季(10月1日至次年4月30日)下午2:30-5:30 | 08:30-12:00 15:00-18:00 | closed | 08:30-12:00 14:30-17:30
            5月1日-9月30日：每天 8:00-18:00；10月1日-4月30日：每天 9:00-17:00 | 08:00-18:00             | 08:00-18:00          | 09:00-17:00
            夏令时间（6月1日-8月31日） 周一至周五 8:00-12:00               | closed                  | closed               | closed
            周一至周五 9:00-17:00，12月1日休息                            | 09:00-17:00             | closed               | closed
            周一至周五 9:00-17:00；12月1日 9:00-12:00                     | 09:00-17:00             | closed               | 09:00-12:00
            每天 9:00-17:00，周一闭馆                                    | closed                  | 09:00-17:00          | closed
            周二至周日 9:00-17:00（周一闭馆）                              | closed                  | 09:00-17:00          | closed
            周一、周三、周五 9:00-11:30                                  | 09:00-11:30             | closed               | 09:00-11:30
            每日 晚上7:00-10:00                                        | 19:00-22:00             | 19:00-22:00          | 19:00-22:00
            每天 6:00-24:00                                           | 06:00-24:00             | 06:00-24:00          | 06:00-24:00
            周一至周五 9:00-17:00，节假日照常办公                           | 09:00-17:00             | closed               | 09:00-17:00
            """)
    void readsWhatOfficesPublish(String hours, String monday, String saturday, String winterMonday) {
        Schedule s = HoursParser.parse(hours);
        assertThat(periods(s, LocalDate.of(2025, 9, 22))).as("Monday 2025-09-22").isEqualTo(monday);
        assertThat(periods(s, LocalDate.of(2025, 9, 27))).as("Saturday 2025-09-27").isEqualTo(saturday);
        assertThat(periods(s, LocalDate.of(2025, 12, 1))).as("Monday 2025-12-01").isEqualTo(winterMonday);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            看情况                          | cannot read '看情况'
            周一至周五                        | names days without their hours
            8:30-17:30                     | name the days before the times
            上午8:30-12:00 下午14:30-17:30    | name the days before the times
            夏季 下午15:00-18:00               | '夏季' needs its dates
            周一至周五 17:00-9:00              | ends before it starts
            周一至周五 8:30-5:30               | ends before it starts
            每天 25:00-26:00                 | has no time of day 25:00
            每天 9:70-10:00                  | has no time of day 9:70
            节假日休息                         | says when it is closed but not when it is open
            周六、周日休息                      | says when it is closed but not when it is open
            2月30日休息                        | has no date 2月30日
            周一至周五 9:00-17:00 休息           | says closed without the days it concerns
            周一至周五 上午                      | cannot read '上午'
            请电话咨询                          | cannot read '请电话咨询'
            """)
    void refusesWhatItCannotRead(String hours, String message) {
        assertThatThrownBy(() -> HoursParser.parse(hours)).isInstanceOf(HoursException.class)
                .hasMessageContaining(message).hasMessageStartingWith("'" + hours + "'");
    }

    @org.junit.jupiter.api.Test
    void emptyHoursAreRefusedNotInvented() {
        assertThatThrownBy(() -> HoursParser.parse(" ")).hasMessageContaining("leave hours out");
        assertThat(HoursParser.parseOrNull(null)).isNull();
    }

    static String periods(Schedule s, LocalDate date) {
        List<Period> periods = s.on(date, CALENDAR).periods();
        return periods.isEmpty() ? "closed"
                : periods.stream().map(p -> p.from() + "-" + p.to()).collect(Collectors.joining(" "));
    }
}
