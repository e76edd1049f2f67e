package cn.xuchang.directory.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients cannot starve the packaged service: with 500 sockets each sending a request body a byte every 5 s
 * (citizen reports and records, within their size limits) and 500 sending their headers as slowly, readiness and
 * reads keep answering; the slow bodies get 408 at the deadline and their connections are closed; an oversized report
 * is refused at once; and the log holds no ERROR and at most a rate-limited WARN. Prints its figures.
 *
 * <p>The test opens a thousand sockets (the service as many): where the open-file limit is lower than that needs
 * (1024 on many machines), it uses as many as the limit allows and says so.
 */
class SlowClientsIT {

    private static final int WANTED_PER_KIND = 500;
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration PROBING = Duration.ofSeconds(10);
    /** Before, they never answered; 5 s leaves room for a machine busy with other builds. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final Pattern MAX_OPEN_FILES = Pattern.compile("Max open files\\s+(\\d+|unlimited)");

    @TempDir
    Path work;

    @Test
    void slowBodiesAndSlowHeadersLeaveReadinessAndReadsAnswering() throws Exception {
        int perKind = socketsPerKind();
        try (ServiceProcess service = ServiceProcess.start(ServiceProcess.H2_JAR, List.of(
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + work.resolve("db/directory").toAbsolutePath(),
                "-Ddirectory.data-dir=" + Path.of("data").toAbsolutePath(),
                "-Ddirectory.http.body-timeout=" + BODY_TIMEOUT.toSeconds() + "s"))) {
            service.get("/q/health/ready");

            List<Socket> bodies = new ArrayList<>();
            List<Socket> headers = new ArrayList<>();
            long opened = System.nanoTime();
            for (int i = 0; i < perKind; i++) {
                // Half reports (limit 16 KiB), half records (256 KiB): both within their limits, so both wait.
                bodies.add(open(service, i % 2 == 0
                        ? "POST /api/v1/reports HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 10000\r\n\r\n{"
                        : "POST /api/v1/hotlines HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 100000\r\n\r\n{"));
                headers.add(open(service, "GET /api/v1/status HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
            }
            System.out.printf("SlowClientsIT: opened %d slow-body and %d slow-header sockets in %.1f s%n", perKind,
                    perKind, (System.nanoTime() - opened) / 1e9);

            Probes probes = probe(service, bodies, headers);
            System.out.println("SlowClientsIT: while they were open: " + probes);
            assertThat(probes.failures).as("readiness or reads failed or not answered within 5 s").isZero();
            assertThat(probes.ready).isPositive();

            // An oversized report is refused before its body is read, whatever else is going on.
            HttpResponse<String> tooLarge = service.send(service.request("/api/v1/reports")
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"" + "x".repeat(20_000) + "\"}")));
            assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);

            // No byte more: at the deadline each slow body is answered 408 and its connection closed.
            Thread.sleep(BODY_TIMEOUT.plusSeconds(3).toMillis());
            int timedOut = 0;
            for (Socket socket : bodies) {
                if (answer(socket).startsWith("HTTP/1.1 408")) {
                    timedOut++;
                }
            }
            int headersOpen = 0;
            for (Socket socket : headers) {
                headersOpen += socket.isClosed() ? 0 : 1;
            }
            System.out.printf("SlowClientsIT: after the %d s deadline, %d of %d slow bodies were answered 408 and "
                    + "closed; %d slow-header sockets still open (they hold no thread)%n", BODY_TIMEOUT.toSeconds(),
                    timedOut, perKind, headersOpen);
            assertThat(timedOut).isEqualTo(perKind);
            service.get("/q/health/ready");

            for (Socket socket : headers) {
                socket.close();
            }
            String log = service.log();
            long warnings = log.lines().filter(line -> line.contains("AbortedRequests")).count();
            System.out.printf("SlowClientsIT: service log: %d ERROR lines, %d aborted-request WARN lines%n",
                    log.lines().filter(line -> line.contains(" ERROR ")).count(), warnings);
            assertThat(log).doesNotContain(" ERROR ");
            assertThat(warnings).isBetween(1L, 2L);
        }
    }

    /** Polls readiness and a read every 200 ms while the slow sockets send a byte each every 5 s. */
    private static Probes probe(ServiceProcess service, List<Socket> bodies, List<Socket> headers) throws Exception {
        Probes probes = new Probes();
        long end = System.nanoTime() + PROBING.toNanos();
        long nextTrickle = 0;
        while (System.nanoTime() < end) {
            if (System.nanoTime() >= nextTrickle) {
                trickle(bodies, " ");
                trickle(headers, "x");
                nextTrickle = System.nanoTime() + 5_000_000_000L;
            }
            for (String path : new String[] {"/q/health/ready", "/api/v1/hotlines/startup-loan-yuzhou"}) {
                long start = System.nanoTime();
                int status;
                try {
                    status = service.send(service.request(path).timeout(ANSWER_WITHIN)).statusCode();
                } catch (IOException timeoutOrReset) {
                    status = -1;
                }
                double millis = (System.nanoTime() - start) / 1e6;
                probes.add(path.startsWith("/q/"), status == 200, millis);
            }
            Thread.sleep(200);
        }
        return probes;
    }

    private static Socket open(ServiceProcess service, String start) throws IOException {
        Socket socket = new Socket("localhost", service.port());
        socket.setSoTimeout(2_000);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
        return socket;
    }

    private static void trickle(List<Socket> sockets, String oneByte) {
        for (Socket socket : sockets) {
            try {
                socket.getOutputStream().write(oneByte.getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException closed) {
                // counted when the answers are read
            }
        }
    }

    /** What the service sent on this socket before closing it, then closes it too. */
    private static String answer(Socket socket) throws IOException {
        try (socket; InputStream in = socket.getInputStream()) {
            byte[] head = new byte[64];
            int n = 0;
            for (int read; n < head.length && (read = in.read(head, n, head.length - n)) > 0;) {
                n += read;
            }
            return new String(Arrays.copyOf(head, n), StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException | java.net.SocketException stillOpenOrReset) {
            return "";
        }
    }

    /** Sockets per kind: 500, or fewer where this JVM's open-file limit would not hold 2 × 500 and some to spare. */
    private static int socketsPerKind() throws IOException {
        Path limits = Path.of("/proc/self/limits");
        if (!Files.exists(limits)) {
            return WANTED_PER_KIND;
        }
        Matcher m = MAX_OPEN_FILES.matcher(Files.readString(limits));
        if (!m.find() || m.group(1).equals("unlimited")) {
            return WANTED_PER_KIND;
        }
        long limit = Long.parseLong(m.group(1));
        int perKind = (int) Math.min(WANTED_PER_KIND, (limit - 200) / 2);
        System.out.printf("SlowClientsIT: open-file limit of this JVM: %d; %d sockets per kind%s%n", limit, perKind,
                perKind < WANTED_PER_KIND ? " (raise it with ulimit -n for the full 500)" : "");
        return perKind;
    }

    /** Counts and latencies of the probes. */
    private static final class Probes {
        int ready;
        int reads;
        int failures;
        double maxReadyMillis;
        double maxReadMillis;

        void add(boolean readiness, boolean ok, double millis) {
            if (!ok) {
                failures++;
            } else if (readiness) {
                ready++;
                maxReadyMillis = Math.max(maxReadyMillis, millis);
            } else {
                reads++;
                maxReadMillis = Math.max(maxReadMillis, millis);
            }
        }

        @Override
        public String toString() {
            return String.format("readiness UP %d times (slowest %.0f ms), hotline read 200 %d times (slowest %.0f ms), "
                    + "%d failures", ready, maxReadyMillis, reads, maxReadMillis, failures);
        }
    }
}
