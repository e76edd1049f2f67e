package cn.xuchang.directory.ratelimit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.xuchang.directory.common.DirectoryConfig;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * 密钥登记 (the keys in force on this instance), by the hash of the key: the keys in the database, re-read every
 * {@code directory.api-keys.refresh-interval} so that a key issued or revoked through another instance counts here
 * too, and the bootstrap keys from configuration, which are never stored. Looked up on the event loop, so only
 * memory is read per request.
 */
@ApplicationScoped
public class ApiKeyRegistry {

    private static final Logger LOG = Logger.getLogger(ApiKeyRegistry.class);
    static final String METRIC = "directory.api_key.reads";

    private final MeterRegistry metrics;
    private final DirectoryConfig.ApiKeys config;
    private final Map<String, PartnerKey> bootstrap;
    private volatile Map<String, PartnerKey> byHash = Map.of();

    ApiKeyRegistry(MeterRegistry metrics, DirectoryConfig config) {
        this.metrics = metrics;
        this.config = config.apiKeys();
        this.bootstrap = bootstrapKeys(config.apiKeys().bootstrap().orElse(List.of()));
    }

    void load(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "${directory.api-keys.refresh-interval}", delayed = "${directory.api-keys.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshFromDatabase() {
        refresh();
    }

    /** The key in force for what a client sent in X-API-Key, or null (unknown or revoked). */
    PartnerKey find(String presented) {
        return byHash.get(KeyHash.ofPresented(presented));
    }

    /** Reads the keys again; called also right after a change here, so that it counts at once on this instance. */
    synchronized void refresh() {
        List<ApiKey> stored = QuarkusTransaction.requiringNew()
                .call(() -> ApiKey.<ApiKey>list("revokedAt is null"));
        Map<String, PartnerKey> old = byHash;
        Map<String, PartnerKey> fresh = new HashMap<>(bootstrap);
        for (ApiKey key : stored) {
            PartnerKey kept = old.get(key.keyHash);
            fresh.put(key.keyHash, kept != null && kept.sameAs(key.id, key.perMinute, key.burst) ? kept
                    : partnerKey(key.id, key.name, key.perMinute, key.burst));
        }
        byHash = Map.copyOf(fresh);
    }

    long defaultPerMinute() {
        return config.perMinute();
    }

    long defaultBurst() {
        return config.burst();
    }

    private PartnerKey partnerKey(String id, String name, long perMinute, long burst) {
        Quota quota = new Quota("partner", perMinute, burst);
        return new PartnerKey(id, name, quota, quota.newBucket(TimeMeter.SYSTEM_NANOTIME),
                counter(id, name, "allowed"), counter(id, name, "limited"));
    }

    private Counter counter(String id, String name, String outcome) {
        return Counter.builder(METRIC).description("Reads with a partner API key, by key and outcome")
                .tag("key_id", id).tag("key", name).tag("outcome", outcome).register(metrics);
    }

    /** {@code name:key} or {@code name:key:perMinute}; the key's id is {@code bootstrap-<name>}. */
    private Map<String, PartnerKey> bootstrapKeys(List<String> entries) {
        Map<String, PartnerKey> keys = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split(":");
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(
                        "directory.api-keys.bootstrap: each entry is name:key or name:key:perMinute");
            }
            long perMinute = parts.length == 3 ? Long.parseLong(parts[2]) : config.perMinute();
            long burst = parts.length == 3 ? perMinute : config.burst();
            keys.put(KeyHash.of(parts[1]), partnerKey("bootstrap-" + parts[0], parts[0], perMinute, burst));
            LOG.infof("Partner key %s from configuration: %d requests a minute", parts[0], perMinute);
        }
        return Map.copyOf(keys);
    }
}
