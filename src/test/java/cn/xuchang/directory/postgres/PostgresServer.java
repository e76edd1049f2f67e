package cn.xuchang.directory.postgres;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL 17 server from the Maven Central binaries (io.zonky.test), for the benchmark scripts:
 * {@code PostgresServer <port> <data directory>} runs until killed, printing its JDBC URL.
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Files.createDirectories(Path.of(args[1]));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("synchronous_commit", "off")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                // shutting down anyway
            }
        }));
        System.out.println("READY " + postgres.getJdbcUrl("postgres", "postgres"));
        Thread.currentThread().join();
    }
}
