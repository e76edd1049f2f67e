package cn.xuchang.directory.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import cn.xuchang.directory.hotline.Hotline;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.location.ServiceWindow;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.PublicService;
import cn.xuchang.directory.service.ServiceView;

/**
 * Holds the current {@link DirectorySnapshot} and rebuilds it from the database when the directory
 * changes, here or in another instance (see {@link ChangeCounter}).
 */
@ApplicationScoped
public class DirectoryCache {

    private static final Logger LOG = Logger.getLogger(DirectoryCache.class);

    private final Event<DirectoryRefreshed> refreshed;
    private final ChangeCounter counter;
    private volatile DirectorySnapshot current = DirectorySnapshot.EMPTY;

    public DirectoryCache(Event<DirectoryRefreshed> refreshed, ChangeCounter counter) {
        this.refreshed = refreshed;
        this.counter = counter;
    }

    public DirectorySnapshot current() {
        return current;
    }

    /** Reads the whole directory from the database into a new snapshot and tells the indexes built on it. */
    @Transactional
    public synchronized DirectorySnapshot refresh() {
        long started = System.nanoTime();
        DirectorySnapshot snapshot = new DirectorySnapshot(counter.current(),
                Region.<Region>streamAll().map(RegionView::from).toList(),
                PublicService.<PublicService>stream("retired = false").map(ServiceView::from).toList(),
                Organization.<Organization>stream("retired = false").map(OrganizationView::from).toList(),
                Hotline.<Hotline>streamAll().map(HotlineView::from).toList(),
                ServiceWindow.<ServiceWindow>stream("retired = false and location.retired = false")
                        .map(ServiceWindowView::from).toList());
        current = snapshot;
        refreshed.fire(new DirectoryRefreshed(snapshot));
        LOG.debugf("Directory snapshot %d built in %d ms", snapshot.version(), (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /**
     * Rebuilds the snapshot when another instance (or this one) committed a change since it was built;
     * polled on a timer, so several instances on one database converge within the poll interval.
     */
    @Scheduled(every = "${directory.change-poll-interval}", delayed = "${directory.change-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void followChanges() {
        if (current != DirectorySnapshot.EMPTY && counter.current() != current.version()) {
            refresh();
        }
    }
}
