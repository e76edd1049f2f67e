package cn.xuchang.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * 测试用 Keycloak (Keycloak for tests): Maven Central's keycloak-quarkus-dist, unpacked into target/ by the build,
 * started once per test run ({@code kc.sh start-dev}) on a free port with the shipped realm
 * (src/main/keycloak/xuchang-realm.json) and the test users (src/test/resources/keycloak), on a JDK 21+ found under
 * /usr/lib/jvm. It stops with the test JVM. Anything missing fails the tests, naming what is missing.
 * {@code -Dkeycloak.realm-address=http://localhost:8180/realms/xuchang} uses a Keycloak already running with that realm
 * and the test users instead (for repeated runs while working on the console).
 */
public class Keycloak implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "xuchang";
    private static final Path JVMS = Path.of("/usr/lib/jvm");

    private static String realmAddress;

    @Override
    public synchronized Map<String, String> start() {
        if (realmAddress == null) {
            realmAddress = System.getProperty("keycloak.realm-address", "").isBlank() ? launch()
                    : System.getProperty("keycloak.realm-address");
        }
        return Map.of("quarkus.oidc.console.tenant-enabled", "true",
                "quarkus.oidc.console.auth-server-url", realmAddress,
                "quarkus.oidc.console.authentication.state-secret", "state-secret-of-the-console-tests-only-0123",
                "quarkus.oidc.console.token-state-manager.encryption-secret",
                "session-secret-of-the-console-tests-only-0123");
    }

    @Override
    public void stop() {
        // Shared by every test class that uses it: stopped by the shutdown hook when the test JVM ends.
    }

    static String realmAddress() {
        return realmAddress;
    }

    private static String launch() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home.resolve("bin/kc.sh") + " is missing: run the tests through Maven "
                    + "(./mvnw test), whose maven-dependency-plugin unpacks org.keycloak:keycloak-quarkus-dist there");
        }
        Path jdk = jdk21().orElseThrow(() -> new IllegalStateException("No JDK 21 or newer under " + JVMS
                + " (Keycloak needs one; the service itself runs on 17): install one, e.g. "
                + "apt-get install -y openjdk-21-jdk-headless"));
        try {
            writeRealm(home);
            int port = freePort();
            Path log = Path.of("target/keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--http-management-port=" + freePort(),
                    "--hostname-strict=false", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", jdk.toString());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            long started = System.nanoTime();
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }));
            String address = "http://localhost:" + port + "/realms/" + REALM;
            waitUntilUp(process, address, log);
            System.out.printf("Keycloak started in %.1f s (%s, JDK %s)%n", (System.nanoTime() - started) / 1e9,
                    address, jdk);
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm as shipped, with the test users added; a fresh database each run, so the import always runs. */
    private static void writeRealm(Path home) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(Path.of("src/main/keycloak/xuchang-realm.json").toFile());
        realm.set("users", json.readTree(Path.of("src/test/resources/keycloak/test-users.json").toFile()).get("users"));
        Path data = home.resolve("data");
        if (Files.exists(data.resolve("h2"))) {
            try (Stream<Path> old = Files.walk(data.resolve("h2"))) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data.resolve("import"));
        json.writeValue(data.resolve("import/" + REALM + "-realm.json").toFile(), realm);
    }

    private static void waitUntilUp(Process process, String address, Path log)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(address + "/.well-known/openid-configuration"))
                .build();
        long deadline = System.currentTimeMillis() + 420_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped:\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not answer in 7 minutes:\n" + tail(log));
    }

    /** The newest JDK of version 21 or more under /usr/lib/jvm, by its release file. */
    static Optional<Path> jdk21() {
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(JVMS)) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && version(jdk) >= 21)
                    .max(Comparator.comparingInt(Keycloak::version));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int version(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring(line.indexOf('"') + 1).split("[.\"]")[0];
                    return Integer.parseInt(v);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not a JDK we can read.
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
