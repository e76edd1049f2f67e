package cn.xuchang.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.hours.Period;
import cn.xuchang.directory.hours.Schedule;
import cn.xuchang.directory.hours.WeeklyRule;

/**
 * HSDS 开放时间 (HSDS schedules): parsed hours as HSDS schedule entries, one per weekly rule and open period
 * (freq WEEKLY, byday, opens_at, closes_at, UTC+8). What RFC 5545's weekly pattern cannot hold goes into notes: that
 * 工作日 follows the State Council's calendar, the season's dates, holidays and dated exceptions; the text itself is
 * each entry's description. Unknown hours give none.
 */
final class HsdsSchedules {

    /** At most this many entries for one place (rules × periods of one hours text). */
    static final int MAX = 50;

    private static final Map<String, String> BYDAY = Map.of("mon", "MO", "tue", "TU", "wed", "WE", "thu", "TH",
            "fri", "FR", "sat", "SA", "sun", "SU");
    private static final String WORKDAYS = "工作日：按国务院节假日安排，法定节假日休息，调休上班日开放";

    private HsdsSchedules() {
    }

    /** The entries for an hours text; null when the hours are unknown or unreadable. */
    static List<Hsds.Schedule> of(String hours, String kind, String locationId, String serviceAtLocationId) {
        Schedule schedule = HoursParser.parseOrNull(hours);
        if (schedule == null) {
            return null;
        }
        String owner = locationId != null ? locationId : serviceAtLocationId;
        List<Hsds.Schedule> entries = new ArrayList<>();
        if (schedule.allDay()) {
            entries.add(entry(kind, owner, 0, locationId, serviceAtLocationId, "MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00",
                    hours, "24小时开放"));
        }
        for (WeeklyRule rule : schedule.rules()) {
            String byday = rule.workdays() ? "MO,TU,WE,TH,FR"
                    : rule.days().stream().map(BYDAY::get).collect(Collectors.joining(","));
            List<String> notes = new ArrayList<>();
            if (rule.workdays()) {
                notes.add(WORKDAYS);
            }
            if (rule.season() != null) {
                notes.add((rule.season().name() == null ? "" : rule.season().name()) + "每年" + rule.season().from()
                        + "至" + rule.season().to());
            }
            if (schedule.closedOnHolidays() && !rule.workdays()) {
                notes.add("法定节假日休息");
            }
            if (!schedule.exceptions().isEmpty()) {
                notes.add("特殊日期另有安排，见说明");
            }
            for (Period p : rule.periods()) {
                if (entries.size() < MAX) {
                    entries.add(entry(kind, owner, entries.size(), locationId, serviceAtLocationId, byday, p.from(),
                            p.to(), hours, notes.isEmpty() ? null : String.join("；", notes)));
                }
            }
        }
        return entries.isEmpty() ? null : entries;
    }

    private static Hsds.Schedule entry(String kind, String owner, int n, String locationId, String serviceAtLocationId,
            String byday, String opens, String closes, String hours, String notes) {
        return new Hsds.Schedule(HsdsIds.of(kind, owner, String.valueOf(n)), null, locationId, serviceAtLocationId, 8,
                "WEEKLY", byday, opens, closes, hours, notes);
    }
}
