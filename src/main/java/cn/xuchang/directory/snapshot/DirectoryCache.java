package cn.xuchang.directory.snapshot;

import cn.xuchang.directory.editing.ChangeLog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * 当前目录 (current directory): the one holder of the snapshot being served and of what is derived from it.
 * The {@link DirectorySnapshot} and the results of every {@link SnapshotDerivation} are published together
 * as one immutable value, so readers keep no copy of their own. Rebuilds it when the directory changes,
 * here or in another instance (see {@link ChangeLog}).
 */
@ApplicationScoped
public class DirectoryCache {

    /**
     * A snapshot and everything derived from it. A request reads this once and answers from it alone, so
     * that no part of an answer comes from another version of the directory.
     */
    public static final class Served {
        private final DirectorySnapshot snapshot;
        private final Map<Class<?>, Object> derived;
        private final Instant changedAt;

        private Served(DirectorySnapshot snapshot, Map<Class<?>, Object> derived, Instant changedAt) {
            this.snapshot = snapshot;
            this.derived = derived;
            this.changedAt = changedAt;
        }

        /**
         * When the directory of this snapshot last changed, by the change log, so the same on every instance
         * (whole seconds, as Last-Modified carries them); the epoch before the first read.
         */
        public Instant changedAt() {
            return changedAt;
        }

        public DirectorySnapshot snapshot() {
            return snapshot;
        }

        /** What the {@link SnapshotDerivation} of this type built from {@link #snapshot()}. */
        public <T> T derived(Class<T> type) {
            Object value = derived.get(type);
            if (value == null) {
                throw new IllegalStateException("no SnapshotDerivation builds " + type.getName());
            }
            return type.cast(value);
        }
    }

    private static final Logger LOG = Logger.getLogger(DirectoryCache.class);
    /** Beyond this many changes at once, reading everything again is simpler and not slower. */
    private static final int MAX_PATCH = 10_000;

    private final ChangeLog changes;
    private final SnapshotReader reader;
    private final Instance<SnapshotDerivation<?>> derivations;
    private volatile Served served;
    private final java.time.Duration retention;

    public DirectoryCache(ChangeLog changes, SnapshotReader reader,
            @Any Instance<SnapshotDerivation<?>> derivations, cn.xuchang.directory.common.DirectoryConfig config) {
        this.changes = changes;
        this.retention = config.changes().retention();
        this.reader = reader;
        this.derivations = derivations;
        // Requests that come before the first read find an empty directory, with its (empty) indexes.
        this.served = new Served(DirectorySnapshot.EMPTY, derive(DirectorySnapshot.EMPTY), Instant.EPOCH);
    }

    /** The snapshot being served. */
    public DirectorySnapshot current() {
        return served.snapshot();
    }

    /** The snapshot being served with what is derived from it, for a reader that needs both. */
    public Served served() {
        return served;
    }

    /** Reads the whole directory from the database and serves it, once everything derived from it is built. */
    public synchronized DirectorySnapshot refresh() {
        long started = System.nanoTime();
        DirectorySnapshot snapshot = reader.read();
        served = serving(snapshot);
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
        DirectorySnapshot base = served.snapshot();
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
        served = serving(patched);
        LOG.infof("Directory version %d in memory: %d changes applied in %d ms", patched.version(), pending.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The snapshot with everything derived from it, built before anyone can read it. */
    private Served serving(DirectorySnapshot snapshot) {
        Instant changedAt = changes.changedAt(snapshot.version()).orElse(Instant.EPOCH)
                .truncatedTo(ChronoUnit.SECONDS);
        return new Served(snapshot, derive(snapshot), changedAt);
    }

    private Map<Class<?>, Object> derive(DirectorySnapshot snapshot) {
        Map<Class<?>, Object> derived = new HashMap<>();
        for (SnapshotDerivation<?> derivation : derivations) {
            derived.put(derivation.type(), derivation.derive(snapshot));
        }
        return Map.copyOf(derived);
    }

    @Scheduled(every = "${directory.change-poll-interval}", delayed = "${directory.change-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void followChanges() {
        follow();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneChangeLog() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> changes.prune(retention));
    }
}
