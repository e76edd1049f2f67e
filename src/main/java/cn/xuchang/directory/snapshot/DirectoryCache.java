package cn.xuchang.directory.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;


/**
 * Holds the current {@link DirectorySnapshot} and rebuilds it from the database when the directory
 * changes, here or in another instance (see {@link ChangeCounter}).
 */
@ApplicationScoped
public class DirectoryCache {

    private static final Logger LOG = Logger.getLogger(DirectoryCache.class);

    private final Event<DirectoryRefreshed> refreshed;
    private final ChangeCounter counter;
    private final SnapshotReader reader;
    private volatile DirectorySnapshot current = DirectorySnapshot.EMPTY;

    public DirectoryCache(Event<DirectoryRefreshed> refreshed, ChangeCounter counter, SnapshotReader reader) {
        this.refreshed = refreshed;
        this.counter = counter;
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
     * Rebuilds the snapshot when another instance (or this one) committed a change since it was built;
     * polled on a timer, so several instances on one database converge within the poll interval.
     */
    @Scheduled(every = "${directory.change-poll-interval}", delayed = "${directory.change-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followChanges() {
        if (current != DirectorySnapshot.EMPTY && counter.current() != current.version()) {
            refresh();
        }
    }
}
