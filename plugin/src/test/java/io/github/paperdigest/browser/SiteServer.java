package io.github.paperdigest.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP on 127.0.0.1 under a path prefix, as GitHub Pages serves a project site: a
 * folder's index.html for the folder, and for any path without a file the site's 404.html with status
 * 404. Outside the prefix there is no site, only a bare 404.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "png", "image/png",
            "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final String prefix;

    private SiteServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        this.threads = Executors.newFixedThreadPool(4);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Serves {@code root} at {@code prefix}, which starts and ends with '/'. */
    static SiteServer serve(Path root, String prefix) {
        try {
            return new SiteServer(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's address, e.g. http://127.0.0.1:41234/repo/papers/. */
    URI siteUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(prefix)) {
                send(exchange, 404, "txt", "Not Found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String relative = path.substring(prefix.length());
            if (relative.isEmpty() || relative.endsWith("/")) {
                relative += "index.html";
            }
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                send(exchange, 200, extension(file), Files.readAllBytes(file));
            } else {
                send(exchange, 404, "html", Files.readAllBytes(root.resolve("404.html")));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
