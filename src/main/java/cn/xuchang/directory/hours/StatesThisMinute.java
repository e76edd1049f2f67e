package cn.xuchang.directory.hours;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * 本分钟的开放状态 (open states this minute): the state of each hours text, kept for the minute it was reckoned in.
 * A state depends on the time only to the minute (periods, next opening and today are all whole minutes), so within
 * one minute every centre with the same hours has the same answer; a new minute starts an empty table.
 */
final class StatesThisMinute {

    /** Beyond this many texts in one minute, states are reckoned without being kept. */
    private static final int MAX_TEXTS = 10_000;

    private record Table(long minute, ConcurrentHashMap<String, Optional<OpenState>> states) {
    }

    private volatile Table current = new Table(Long.MIN_VALUE, new ConcurrentHashMap<>());

    /** The state of {@code hours} in {@code minute} (since the epoch), reckoning it once with {@code reckon}. */
    OpenState get(String hours, long minute, Function<String, OpenState> reckon) {
        Table table = current;
        if (table.minute() != minute) {
            table = new Table(minute, new ConcurrentHashMap<>());
            current = table;
        }
        Optional<OpenState> kept = table.states().get(hours);
        if (kept == null) {
            kept = Optional.ofNullable(reckon.apply(hours));
            if (table.states().size() < MAX_TEXTS) {
                table.states().put(hours, kept);
            }
        }
        return kept.orElse(null);
    }
}
