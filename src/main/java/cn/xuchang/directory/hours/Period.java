package cn.xuchang.directory.hours;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 时段 (period): open from one time of day to a later one; "24:00" is the end of the day. */
@Schema(name = "OpenPeriod", requiredProperties = {"from", "to"})
public record Period(
        @Schema(description = "Opens at (HH:mm, Asia/Shanghai)", examples = "08:30") String from,
        @Schema(description = "Closes at (HH:mm; 24:00 is midnight at the end of the day)", examples = "12:00") String to) {

    static final int DAY = 24 * 60;

    static Period ofMinutes(int from, int to) {
        return new Period(text(from), text(to));
    }

    @JsonIgnore
    public int fromMinute() {
        return minutes(from);
    }

    @JsonIgnore
    public int toMinute() {
        return minutes(to);
    }

    /** Whether the time of day is inside the period (the closing minute is not). */
    public boolean contains(LocalTime time) {
        int m = time.getHour() * 60 + time.getMinute();
        return m >= fromMinute() && m < toMinute();
    }

    /** As a citizen reads it: 8:30–12:00. */
    public String display() {
        return (from.startsWith("0") ? from.substring(1) : from) + "–" + to;
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    private static String text(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
