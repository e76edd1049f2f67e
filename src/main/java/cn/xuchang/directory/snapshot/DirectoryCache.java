package cn.xuchang.directory.snapshot;

import cn.xuchang.directory.editing.ChangeLog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;


/**
 * Holds the current {@link DirectorySnapshot} and rebuilds it from the database when the directory
 * changes, here or in another instance (see {@link ChangeLog}).
 */
@ApplicationScoped
public class DirectoryCache {

    private static final Logger LOG = Logger.getLogger(DirectoryCache.class);
    /** Beyond this many changes at once, reading everything again is simpler and not slower. */
    private static final int MAX_PATCH = 10_000;

    private final Event<DirectoryRefreshed> refreshed;
    private final ChangeLog changes;
    private final SnapshotReader reader;
    private volatile DirectorySnapshot current = DirectorySnapshot.EMPTY;

    public DirectoryCache(Event<DirectoryRefreshed> refreshed, ChangeLog changes, SnapshotReader reader) {
        this.refreshed = refreshed;
        this.changes = changes;
        this.reader = reader;
    }

    public DirectorySnapshot current() {
        return current;
    }

    /** Reads the whole directory from the database into a new snapshot and tells the indexes built on it. */
    public synchronized DirectorySnapshot refresh() {
        long started = System.nanoTime();
        DirectorySnapshot snapshot = reader.read();
        current = snapshot;
        refreshed.fire(new DirectoryRefreshed(snapshot));
        LOG.infof("Directory version %d in memory: %d regions, %d services, %d hotlines; read and indexed in %d ms",
                snapshot.version(), snapshot.regions().size(), snapshot.services().size(), snapshot.hotlineCount(),
                (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /**
     * Brings the snapshot up to the change log: re-reads only the records changed since it was built (the
     * whole directory after an import, or after very many changes). Polled on a timer, so several
     * instances on one database converge within the poll interval; called at once after a local write.
     */
    public synchronized void follow() {
        DirectorySnapshot base = current;
        if (base == DirectorySnapshot.EMPTY) {
            return;
        }
        List<ChangeLog.Change> pending = changes.since(base.version(), MAX_PATCH);
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() >= MAX_PATCH
                || pending.stream().anyMatch(c -> ChangeLog.EVERYTHING.equals(c.kind()))) {
            refresh();
            return;
        }
        long started = System.nanoTime();
        DirectorySnapshot patched = reader.patch(base, pending.get(pending.size() - 1).seq(), pending);
        current = patched;
        refreshed.fire(new DirectoryRefreshed(patched));
        LOG.infof("Directory version %d in memory: %d changes applied in %d ms", patched.version(), pending.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(every = "${directory.change-poll-interval}", delayed = "${directory.change-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followChanges() {
        follow();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneChangeLog() {
        changes.prune();
    }
}
