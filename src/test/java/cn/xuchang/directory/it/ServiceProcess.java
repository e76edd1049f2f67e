package cn.xuchang.directory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The packaged service run as its own process, as in production: on a free port, with the test token
 * issuer configured, its log in a file. For integration tests (*IT), which run after packaging.
 *
 * @param process the running JVM
 * @param logFile where its output goes
 * @param port    the HTTP port it listens on
 */
public record ServiceProcess(Process process, Path logFile, int port) implements AutoCloseable {

    public static final Path H2_JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final Path POSTGRESQL_JAR = Path.of("target/quarkus-app-postgresql/quarkus-run.jar");
    public static final String ISSUER = "https://issuer.test/xuchang-directory";
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Starts the jar with these -D settings and waits until it listens. */
    public static ServiceProcess start(Path jar, List<String> settings) throws Exception {
        Path log = Files.createTempFile("service", ".log");
        Process process = launch(jar, settings, log);
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return new ServiceProcess(process, log, Integer.parseInt(m.group(1)));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("service did not start:\n" + Files.readString(log));
    }

    /** Starts the jar without waiting; for start-ups expected to fail. */
    public static Process launch(Path jar, List<String> settings, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Free ports, for the service and for its management interface (metrics), so that instances can run side by side.
                "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-Dquarkus.oidc.tenant-enabled=true",
                "-Dquarkus.oidc.token.issuer=" + ISSUER, "-Dquarkus.oidc.public-key=" + publicKey()));
        command.addAll(settings);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The test public key, as quarkus-oidc takes it: the PEM's base64 alone. */
    private static String publicKey() throws IOException {
        return Files.readString(Path.of("src/test/resources/jwt/test-public-key.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** A token of an editor of 市人社局, signed with the test key. */
    public static String editorToken() throws Exception {
        return Jwt.issuer(ISSUER).upn("editor-hrss").groups(Set.of("editor")).claim("org", "xuchang-hrss")
                .expiresIn(600).sign(KeyUtils.readPrivateKey("jwt/test-private-key.pem"));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** GET expecting 200. */
    public String get(String path) throws Exception {
        HttpResponse<String> response = send(request(path));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** A merge patch by an editor of 市人社局, with the If-Match of the current version. */
    public HttpResponse<String> patch(String path, String json) throws Exception {
        String etag = send(request(path)).headers().firstValue("ETag").orElseThrow();
        return send(request(path).header("Authorization", "Bearer " + editorToken()).header("If-Match", etag)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of JSON by an editor of 市人社局. */
    public HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + editorToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** What the service has written to its log so far. */
    public String log() throws IOException {
        return Files.readString(logFile);
    }

    /**
     * Kills the service as a crash would: SIGKILL to the JVM itself (the process started is java, not a
     * wrapper), no shutdown hook, no clean close of the database.
     */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not die");
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
