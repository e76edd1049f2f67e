package cn.xuchang.directory.hours;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 开放时间解析 (hours parser): reads an hours text the way offices publish it — 「周一至周五 上午8:30-12:00
 * 下午14:30-17:30」, 「工作日 9:00-17:00」, 「夏季（5月1日-9月30日）下午15:00-18:00」, 「24小时」, 「节假日休息」 —
 * into a {@link Schedule}, and refuses with a readable message what it cannot read. It never guesses the
 * days: times without days are refused.
 */
public final class HoursParser {

    private static final String DASH = "\\s*(?:-|—|–|―|~|至|到)\\s*";
    private static final String DAY = "[一二三四五六日天七]";
    private static final String TIME = "(\\d{1,2})(?::(\\d{2})|[点时](半|(\\d{1,2})分?)?)";
    private static final String PART = "(上午|下午|中午|晚上|早上)?\\s*:?\\s*";

    private static final Pattern CLAUSE_END = Pattern.compile("[;。\\n]+");
    private static final Pattern SEPARATOR = Pattern.compile("(?:[\\s,、/|()\\[\\]【】:]|以及|和|及|与|或)+");
    private static final Pattern ALL_DAY = Pattern.compile("(?:全年|每天|每日)?(?:全天|7\\s*[x×*]\\s*)?24\\s*小时(?:服务|开放|营业|在线|值守)?");
    private static final Pattern SEASON = Pattern.compile("(夏季|冬季|春季|秋季|夏令|冬令)(?:作息时间|作息|时间|时)?\\s*(?:\\(\\s*)?"
            + "(?:(\\d{1,2})月(\\d{1,2})[日号]?" + DASH + "(次年)?(\\d{1,2})月(\\d{1,2})[日号]?)?\\s*\\)?");
    private static final Pattern DATE_RANGE = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]?" + DASH
            + "(次年)?(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern DAY_RANGE = Pattern.compile("(?:周|星期|礼拜)(" + DAY + ")" + DASH + "(?:周|星期|礼拜)?(" + DAY + ")");
    private static final Pattern DAYS = Pattern.compile("(?:周|星期|礼拜)(" + DAY + "(?:、?" + DAY + ")*)");
    private static final Pattern WEEKEND = Pattern.compile("周末|双休日|双休|周六日");
    private static final Pattern WORKDAYS = Pattern.compile("(?:法定|正常)?工作日");
    private static final Pattern EVERY_DAY = Pattern.compile("每天|每日|天天|全年无休|全周|全年");
    private static final Pattern HOLIDAY = Pattern.compile("(?:国家)?(?:法定)?(?:节假日|节日|假日|假期|节庆日)");
    private static final Pattern CLOSED = Pattern.compile("休息|闭馆|闭厅|不办公|不开放|不对外|停止办公|暂停服务|不营业|关闭|休馆|不受理|除外|休");
    private static final Pattern OPEN_AS_USUAL = Pattern.compile("照常(?:办公|开放|营业|服务|上班)?|正常(?:办公|开放|营业|服务|上班)|不休息?");
    private static final Pattern FILLER = Pattern.compile("(?:对外)?(?:开放|办公|工作|服务|受理|营业|窗口|咨询|接听|值班|办理|上班)*时间(?:为|是)?|(?:办公|开放|营业)");
    private static final Pattern TIME_RANGE = Pattern.compile(PART + TIME + DASH + PART + TIME);

    private final String text;
    private final String input;
    private int at;

    private Season season;
    private final Set<DayOfWeek> pendingDays = EnumSet.noneOf(DayOfWeek.class);
    private boolean pendingWorkdays;
    private boolean pendingHoliday;
    private final List<String> pendingDates = new ArrayList<>();
    private WeeklyRule target;
    private List<DateException> targetDates = List.of();

    private boolean allDay;
    private final List<WeeklyRule> rules = new ArrayList<>();
    private final Set<DayOfWeek> closedDays = EnumSet.noneOf(DayOfWeek.class);
    private boolean closedOnHolidays;
    private final List<DateException> exceptions = new ArrayList<>();

    private HoursParser(String input) {
        this.input = input;
        this.text = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
    }

    /** The schedule an hours text states; throws {@link HoursException} saying what it could not read. */
    public static Schedule parse(String hours) {
        if (hours == null || hours.isBlank()) {
            throw new HoursException("is empty; leave hours out when they are not known");
        }
        return new HoursParser(hours).read();
    }

    /** The schedule, or null when the text is absent (hours unknown) or cannot be read. */
    public static Schedule parseOrNull(String hours) {
        try {
            return hours == null ? null : parse(hours);
        } catch (HoursException e) {
            return null;
        }
    }

    private Schedule read() {
        while (at < text.length()) {
            if (take(CLAUSE_END) != null) {
                endClause();
            } else if (take(SEPARATOR) != null || take(FILLER) != null) {
                continue;
            } else if (take(ALL_DAY) != null) {
                allDay = true;
            } else if (!readSubject() && !readTimes() && !readVerdict()) {
                throw refuse("cannot read '" + rest() + "'");
            }
        }
        endClause();
        if (!allDay && rules.isEmpty() && exceptions.stream().allMatch(e -> e.periods().isEmpty())) {
            throw refuse("says when it is closed but not when it is open");
        }
        return new Schedule(allDay,
                rules.stream().map(r -> new WeeklyRule(r.season(), r.workdays(), r.days(), List.copyOf(r.periods())))
                        .toList(),
                closedDays.stream().map(WeeklyRule::day).toList(), closedOnHolidays,
                exceptions.stream().map(e -> new DateException(e.date(), List.copyOf(e.periods()))).toList());
    }

    /** Seasons, days, holidays and dates: what the next times or 休息 are about. */
    private boolean readSubject() {
        Matcher m;
        if ((m = take(SEASON)) != null) {
            if (m.group(2) == null) {
                throw refuse("'" + m.group(1) + "' needs its dates, e.g. " + m.group(1) + "（5月1日-9月30日）");
            }
            season = season(m.group(1), m, 2);
        } else if ((m = take(DATE_RANGE)) != null) {
            season = season(null, m, 1);
        } else if ((m = take(DATE)) != null) {
            pendingDates.add(date(m));
        } else if ((m = take(DAY_RANGE)) != null) {
            DayOfWeek from = day(m.group(1));
            DayOfWeek to = day(m.group(2));
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                pendingDays.add(d);
                if (d == to) {
                    break;
                }
            }
        } else if (take(WEEKEND) != null) {
            pendingDays.add(DayOfWeek.SATURDAY);
            pendingDays.add(DayOfWeek.SUNDAY);
        } else if ((m = take(DAYS)) != null) {
            m.group(1).replace("、", "").chars().forEach(c -> pendingDays.add(day(String.valueOf((char) c))));
        } else if (take(WORKDAYS) != null) {
            pendingWorkdays = true;
        } else if (take(EVERY_DAY) != null) {
            pendingDays.addAll(EnumSet.allOf(DayOfWeek.class));
        } else if (take(HOLIDAY) != null) {
            pendingHoliday = true;
        } else {
            return false;
        }
        return true;
    }

    /** A time range: a period of the days (or dates) just named, or of the last ones in the new season. */
    private boolean readTimes() {
        Matcher m = take(TIME_RANGE);
        if (m == null) {
            return false;
        }
        Period period = period(m);
        if (pendingWorkdays || !pendingDays.isEmpty()) {
            target = rule(pendingWorkdays, pendingDays.stream().map(WeeklyRule::day).toList());
            pendingWorkdays = false;
            pendingDays.clear();
            targetDates = List.of();
        } else if (!pendingDates.isEmpty()) {
            targetDates = pendingDates.stream().map(d -> new DateException(d, new ArrayList<>())).toList();
            exceptions.addAll(targetDates);
            pendingDates.clear();
            target = null;
        } else if (target != null && !java.util.Objects.equals(target.season(), season)) {
            target = rule(target.workdays(), target.days());
        } else if (target == null && targetDates.isEmpty()) {
            throw refuse("name the days before the times '" + m.group() + "' (工作日, 周一至周五, 每天 …)");
        }
        if (target != null) {
            target.periods().add(period);
        } else {
            targetDates.forEach(d -> d.periods().add(period));
        }
        return true;
    }

    /** 休息 / 除外 close what was just named; 照常 keeps holidays open (as they are unless said otherwise). */
    private boolean readVerdict() {
        if (take(CLOSED) != null) {
            if (pendingDays.isEmpty() && !pendingHoliday && pendingDates.isEmpty() && !pendingWorkdays) {
                throw refuse("says closed without the days it concerns (周六、周日休息, 节假日休息 …)");
            }
            closedDays.addAll(pendingDays);
            closedOnHolidays |= pendingHoliday;
            pendingDates.forEach(d -> exceptions.add(new DateException(d, List.of())));
            clearPending();
            return true;
        }
        if (take(OPEN_AS_USUAL) != null) {
            if (!pendingHoliday && pendingDays.isEmpty()) {
                throw refuse("says open as usual without the days it concerns");
            }
            clearPending();
            return true;
        }
        return false;
    }

    private void endClause() {
        if (pendingWorkdays || !pendingDays.isEmpty() || !pendingDates.isEmpty() || pendingHoliday) {
            throw refuse("names days without their hours or 休息 before '" + (at < text.length() ? rest() : "the end")
                    + "'");
        }
        season = null;
    }

    private void clearPending() {
        pendingDays.clear();
        pendingWorkdays = false;
        pendingHoliday = false;
        pendingDates.clear();
    }

    private WeeklyRule rule(boolean workdays, List<String> days) {
        WeeklyRule rule = new WeeklyRule(season, workdays, workdays ? null : List.copyOf(days), new ArrayList<>());
        rules.add(rule);
        return rule;
    }

    private Season season(String name, Matcher m, int g) {
        MonthDay from = monthDay(m.group(g), m.group(g + 1));
        MonthDay to = monthDay(m.group(g + 3), m.group(g + 4));
        return new Season(name, from.toString().substring(2), to.toString().substring(2));
    }

    private MonthDay monthDay(String month, String day) {
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw refuse("has no date " + month + "月" + day + "日");
        }
    }

    private String date(Matcher m) {
        MonthDay md = monthDay(m.group(2), m.group(3));
        if (m.group(1) == null) {
            return md.toString().substring(2);
        }
        try {
            return md.atYear(Integer.parseInt(m.group(1))).toString();
        } catch (DateTimeException e) {
            throw refuse("has no date " + m.group());
        }
    }

    private Period period(Matcher m) {
        String startPart = m.group(1);
        String endPart = m.group(6) != null ? m.group(6) : startPart;
        int from = minutes(m, 2, startPart);
        int to = minutes(m, 7, endPart);
        if (from >= Period.DAY) {
            throw refuse("has no time of day " + m.group(2) + ":" + (m.group(3) == null ? "00" : m.group(3)));
        }
        if (to <= from) {
            throw refuse("'" + m.group().strip() + "' ends before it starts (hours past midnight: split them at 24:00)");
        }
        return Period.ofMinutes(from, to);
    }

    /** Minutes of a time whose groups start at {@code g}; 下午2:30 is 14:30. */
    private int minutes(Matcher m, int g, String part) {
        int hour = Integer.parseInt(m.group(g));
        int minute = m.group(g + 1) != null ? Integer.parseInt(m.group(g + 1))
                : "半".equals(m.group(g + 2)) ? 30 : m.group(g + 3) != null ? Integer.parseInt(m.group(g + 3)) : 0;
        if (part != null && hour < 12 && (part.equals("下午") || part.equals("晚上") || part.equals("中午") && hour < 6)) {
            hour += 12;
        }
        if (hour > 24 || minute > 59 || hour == 24 && minute > 0) {
            throw refuse("has no time of day " + m.group(g) + ":" + String.format("%02d", minute));
        }
        return hour * 60 + minute;
    }

    private static DayOfWeek day(String c) {
        return switch (c) {
            case "一" -> DayOfWeek.MONDAY;
            case "二" -> DayOfWeek.TUESDAY;
            case "三" -> DayOfWeek.WEDNESDAY;
            case "四" -> DayOfWeek.THURSDAY;
            case "五" -> DayOfWeek.FRIDAY;
            case "六" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private Matcher take(Pattern p) {
        Matcher m = p.matcher(text).region(at, text.length());
        if (m.lookingAt() && m.end() > at) {
            at = m.end();
            return m;
        }
        return null;
    }

    private String rest() {
        String rest = text.substring(at);
        return rest.length() > 12 ? rest.substring(0, 12) + "…" : rest;
    }

    private HoursException refuse(String why) {
        return new HoursException("'" + input + "' " + why);
    }

}
