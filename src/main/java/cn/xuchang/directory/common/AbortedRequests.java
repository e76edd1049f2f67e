package cn.xuchang.directory.common;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpClosedException;

/**
 * 中断的请求 (aborted requests): a client that hangs up mid-request, or whose body does not arrive in time, is no fault
 * of the service and gets no ERROR line; they are counted and told in at most one WARN a minute, so that an anonymous
 * client cannot flood the log.
 */
@ApplicationScoped
public class AbortedRequests {

    private static final Logger LOG = Logger.getLogger(AbortedRequests.class);
    private static final long INTERVAL_MILLIS = 60_000;

    private final AtomicLong count = new AtomicLong();
    private final AtomicLong nextLog = new AtomicLong();
    private final AtomicReference<String> latest = new AtomicReference<>();

    /** Whether this failure is the client's connection going away (possibly wrapped in an IOException or two). */
    public static boolean isAbort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Counts one aborted request; logs the count since the last WARN if a minute has passed since it. */
    public void note(String path, String why) {
        count.incrementAndGet();
        latest.set(why + " on " + path);
        long now = System.currentTimeMillis();
        long next = nextLog.get();
        if (now >= next && nextLog.compareAndSet(next, now + INTERVAL_MILLIS)) {
            LOG.warnf("%d request(s) ended before their body was in since the last such warning (latest: %s); "
                    + "at most one warning a minute", count.getAndSet(0), latest.get());
        }
    }
}
