package cn.xuchang.directory.snapshot;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the instance has its directory in memory and can answer; the database check comes with Quarkus. */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    private final DirectoryCache cache;

    public DirectoryReadiness(DirectoryCache cache) {
        this.cache = cache;
    }

    @Override
    public HealthCheckResponse call() {
        DirectorySnapshot snapshot = cache.current();
        return HealthCheckResponse.named("directory")
                .status(snapshot != DirectorySnapshot.EMPTY && !snapshot.regions().isEmpty())
                .withData("version", snapshot.version())
                .withData("regions", snapshot.regions().size())
                .withData("services", snapshot.services().size())
                .build();
    }
}
