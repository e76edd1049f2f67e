package cn.xuchang.directory.hours;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.xuchang.directory.common.DirectoryConfig;

/**
 * 开放状态 (opening hours now): a schedule read against the official calendar and the clock — open now,
 * today's periods, when it next opens and why it is closed. The clock is a CDI bean, so tests fix the time.
 */
@ApplicationScoped
public class OpeningHours {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The longest range /locations/{id}/hours lists, and how far ahead nextOpen looks. */
    public static final int MAX_DAYS = 366;

    private final Clock clock;
    private final OfficialCalendar calendar;
    /** Hours texts are few and repeat: each is parsed once. */
    private final Cache<String, Optional<Schedule>> parsed = Caffeine.newBuilder().maximumSize(10_000).build();
    /** Centres share a few hours texts, and a state holds for a minute: each is reckoned once a minute. */
    private final StatesThisMinute thisMinute = new StatesThisMinute();

    @Inject
    public OpeningHours(Clock clock, DirectoryConfig config) {
        this(clock, CalendarFiles.read(Path.of(config.dataDir())));
    }

    OpeningHours(Clock clock, OfficialCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    public OfficialCalendar calendar() {
        return calendar;
    }

    /** The state of an hours text now; null when the hours are unknown (or unreadable). */
    public OpenState now(String hours) {
        if (hours == null) {
            return null;
        }
        Instant now = clock.instant();
        return thisMinute.get(hours, Math.floorDiv(now.getEpochSecond(), 60), text -> parsed
                .get(text, t -> Optional.ofNullable(HoursParser.parseOrNull(t)))
                .map(s -> at(s, ZonedDateTime.ofInstant(now, CHINA))).orElse(null));
    }

    /** The current minute: answers that say whether something is open hold for it at most. */
    public long minute() {
        return clock.millis() / 60_000;
    }

    OpenState at(Schedule schedule, ZonedDateTime now) {
        LocalDate date = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        Schedule.Day today = schedule.on(date, calendar);
        boolean open = today.periods().stream().anyMatch(p -> p.contains(time));
        String reason = open ? null
                : today.closed() != null ? today.closed().wire() : "outside_hours";
        ZonedDateTime next = open ? null : nextOpen(schedule, now);
        String note = today.calendarKnown() ? null
                : date.getYear() + "年的法定节假日安排尚未公布（已知至" + calendar.lastYear() + "年），按普通周计算";
        return new OpenState(open, date, today.periods(), reason, today.holiday(),
                next == null ? null : next.toOffsetDateTime(), today.calendarKnown(), note);
    }

    private ZonedDateTime nextOpen(Schedule schedule, ZonedDateTime now) {
        int minute = now.getHour() * 60 + now.getMinute();
        for (int i = 0; i <= MAX_DAYS; i++) {
            LocalDate d = now.toLocalDate().plusDays(i);
            for (Period p : schedule.on(d, calendar).periods()) {
                if (i > 0 || p.fromMinute() > minute) {
                    return d.atStartOfDay(CHINA).plusMinutes(p.fromMinute());
                }
            }
        }
        return null;
    }

    /** Each date of a range with its open periods (or why it is closed). */
    public List<Schedule.Day> days(Schedule schedule, LocalDate from, LocalDate to) {
        List<Schedule.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(schedule.on(d, calendar));
        }
        return days;
    }
}
