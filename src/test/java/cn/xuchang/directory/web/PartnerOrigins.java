package cn.xuchang.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import cn.xuchang.directory.common.OwnDatabaseProfile;

/**
 * Two partner web pages on other ports of this machine, so other origins to the browser: the console's origin,
 * which the service lists for changes, and a bank's, which it does not. Each serves one page. The test's
 * changes go to a database of its own.
 */
public class PartnerOrigins extends OwnDatabaseProfile {

    static final int LISTED_PORT = freePort();
    static final int UNLISTED_PORT = freePort();

    static String origin(int port) {
        return "http://localhost:" + port;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
        config.put("directory.cors.origins", origin(LISTED_PORT));
        return config;
    }

    /** Serves {@code page} at / on the port until stopped. */
    static HttpServer serve(int port, String page) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
