package cn.xuchang.directory.importer;

import java.nio.file.Path;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.quarkus.runtime.StartupEvent;

/** Loads data/ at start-up; a broken data/ stops the service with every problem named, and writes nothing. */
@Singleton
public class StartupImport {

    private static final Logger LOG = Logger.getLogger(StartupImport.class);

    void onStart(@Observes StartupEvent event, DirectoryConfig config, DataDirectory dataDirectory,
            DataImporter importer, DirectoryCache cache) {
        if (config.importAtStart()) {
            load(config, dataDirectory, importer);
        }
        cache.refresh();
        settleHeap();
    }

    /**
     * The directory just read is young to the collector until copied into the old generation, which otherwise
     * happens over several long pauses under the first minute of traffic (hundreds of milliseconds each with a
     * nationwide directory). One full collection now, before the service says it is listening, does it at once.
     */
    private static void settleHeap() {
        long started = System.nanoTime();
        System.gc();
        LOG.infof("Heap settled with the directory in it in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static void load(DirectoryConfig config, DataDirectory dataDirectory, DataImporter importer) {
        Path dir = Path.of(config.dataDir()).toAbsolutePath().normalize();
        long started = System.nanoTime();
        DirectoryData data;
        try {
            data = dataDirectory.read(dir);
        } catch (DataLoadException e) {
            LOG.error("Cannot start: " + dir + " — " + e.getMessage());
            throw e;
        }
        DataImporter.Summary summary = importer.apply(data);
        LOG.infof("Loaded %s in %d ms: %d regions, records %s; %d records applied, %d removed, %d conflicts", dir,
                (System.nanoTime() - started) / 1_000_000, summary.regions(), summary.records(), summary.applied(),
                summary.deleted(), summary.conflicts().size());
    }
}
