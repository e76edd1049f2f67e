package cn.xuchang.directory.hours;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 法定节假日安排 (the official calendar): the State Council's holidays and make-up workdays, year by year as
 * its notices publish them. A year's notice may list dates of the neighbouring year (2023's lists 2022-12-31),
 * so the end of December counts as known only once the next year's notice is in too.
 */
public final class OfficialCalendar {

    /** One listed date: the holiday's name and whether it is a day off (false: a make-up workday, 调休上班). */
    public record Entry(LocalDate date, String name, boolean offDay) {
    }

    /** A year's notice: the year and the gov.cn address(es) it was taken from. */
    public record Notice(int year, List<String> papers) {
    }

    /** From 12-25 on, the next year's notice may still move a day (元旦 and its make-up workdays). */
    static final MonthDay YEAR_END = MonthDay.of(12, 25);

    private final Map<LocalDate, Entry> entries;
    private final Set<Integer> years;
    private final List<Notice> notices;

    public OfficialCalendar(List<Notice> notices, List<Entry> entries) {
        this.notices = List.copyOf(notices);
        this.years = new TreeSet<>(notices.stream().map(Notice::year).toList());
        this.entries = entries.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Entry::date, e -> e,
                (a, b) -> b));
    }

    public static OfficialCalendar empty() {
        return new OfficialCalendar(List.of(), List.of());
    }

    /** The listed entry of a date; null for an ordinary day (or an unknown one). */
    public Entry entry(LocalDate date) {
        return entries.get(date);
    }

    /** Whether the notices cover the date: its year's notice is in, and for the year's last days the next one's. */
    public boolean knows(LocalDate date) {
        if (entries.containsKey(date)) {
            return true;
        }
        if (!years.contains(date.getYear())) {
            return false;
        }
        return MonthDay.from(date).isBefore(YEAR_END) || years.contains(date.getYear() + 1);
    }

    public List<Notice> notices() {
        return notices;
    }

    /** The last year whose notice is in; 0 when none is. */
    public int lastYear() {
        return years.isEmpty() ? 0 : ((TreeSet<Integer>) years).last();
    }
}
