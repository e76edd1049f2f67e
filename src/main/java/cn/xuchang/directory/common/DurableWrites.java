package cn.xuchang.directory.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.runtime.StartupEvent;

/**
 * 落盘 (on disk before the answer): a change the service acknowledged is on disk before the client hears so. H2
 * writes committed changes to its file in the background, up to half a second later, and a crash then lost changes
 * already answered 200 and handed their versions out again. On an H2 file this makes every commit write its changes
 * before it returns (WRITE_DELAY 0, set at start whatever the JDBC URL says) and syncs the file after every
 * successful change (CHECKPOINT SYNC), so that an operating-system crash cannot take them either. PostgreSQL does
 * both at commit; there this does nothing.
 */
@ApplicationScoped
public class DurableWrites {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final DataSource dataSource;
    private final boolean h2File;

    DurableWrites(DataSource dataSource, @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url) {
        this.dataSource = dataSource;
        this.h2File = url.map(u -> u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:mem:")).orElse(false);
    }

    /** Before anything else at start-up; H2 keeps the setting in the database too. */
    void writeAtCommit(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) throws SQLException {
        execute("SET WRITE_DELAY 0");
    }

    /** Runs after the change's transaction has committed, before the answer is written. */
    @ServerResponseFilter
    public void syncAfterChange(ContainerRequestContext request, ContainerResponseContext response) throws SQLException {
        if (!SAFE_METHODS.contains(request.getMethod())
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            execute("CHECKPOINT SYNC");
        }
    }

    private void execute(String sql) throws SQLException {
        if (h2File) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
