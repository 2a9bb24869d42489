package io.github.paperdigest.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.paperdigest.model.ControlCharacters;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the paper site from its folder on the loopback address, as a static host would: a folder's index.html
 * for the folder, the site's 404.html (status 404) for a path without a file. HTML pages get the live-reload
 * script as they are sent; open pages learn of rebuilds and failed builds through server-sent events.
 */
final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ScheduledExecutorService heartbeat;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile BuildState state = new BuildState(0, null);

    /** The latest good build's number (0: none yet) and the error of the latest build, if it failed. */
    record BuildState(long build, String error) {
    }

    private PreviewServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        // bound first: a port in use leaves no threads behind
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newFixedThreadPool(4, daemon("paper-digest-serve"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("paper-digest-serve-heartbeat"));
        server.createContext("/", this::handle);
        server.setExecutor(threads);
    }

    /**
     * A server of {@code root} on the loopback address; port 0 takes any free port. Not yet started. A port in use,
     * or no port number at all, is an IllegalArgumentException that says which; how to choose another is the caller's
     * to say, in its own words (a Maven property, a parameter).
     */
    static PreviewServer on(Path root, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is no port number (1 to 65535)");
        }
        try {
            return new PreviewServer(root, port);
        } catch (java.net.BindException e) {
            throw new IllegalArgumentException("port " + port + " is in use", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        server.start();
        // a comment line now and then keeps idle connections open through proxies and finds closed ones
        heartbeat.scheduleAtFixedRate(() -> send(": heartbeat\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** The address to open, e.g. http://localhost:8080/. */
    URI address() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    int openPages() {
        return listeners.size();
    }

    /** Whether the latest build failed (its error is still shown). */
    boolean failedLast() {
        return state.error() != null;
    }

    /** A build succeeded: open pages reload. */
    void built(long build) {
        state = new BuildState(build, null);
        send("event: reload\ndata: {\"build\":" + build + "}\n\n");
    }

    /** A build failed: open pages show the error over the last good build. */
    void failed(String error) {
        state = new BuildState(state.build(), error);
        send("event: failed\ndata: {\"error\":" + json(error) + "}\n\n");
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!isLoopbackName(exchange.getRequestHeaders().getFirst("Host"))) {
            try (exchange) {
                respond(exchange, 403, "txt", ("The preview answers only at " + address()).getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            try (exchange) {
                respond(exchange, 405, "txt", "Method Not Allowed".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        if (path.equals(LiveReload.EVENTS)) {
            listen(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(LiveReload.SCRIPT)) {
                respond(exchange, 200, "js", LiveReload.script());
                return;
            }
            serveFile(exchange, path);
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        BuildState now = state;
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path file = resolve(relative);
        if (file == null && Files.isDirectory(root.resolve(relative).normalize()) && !path.endsWith("/")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            respond(exchange, 301, "txt", new byte[0]);
            return;
        }
        if (file != null) {
            String type = extension(file);
            byte[] body = Files.readAllBytes(file);
            respond(exchange, 200, type, type.equals("html") ? LiveReload.inject(body, now.build()) : body);
            return;
        }
        Path notFound = resolve("404.html");
        if (notFound != null) {
            respond(exchange, 404, "html", LiveReload.inject(Files.readAllBytes(notFound), now.build()));
        } else {
            // no site yet: the first build failed. The page still listens, so it shows the error and reloads.
            String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No paper site yet</title>"
                    + "</head><body><h1>No paper site yet</h1><p>The site has not been built yet.</p></body></html>";
            respond(exchange, 404, "html", LiveReload.inject(page.getBytes(StandardCharsets.UTF_8), now.build()));
        }
    }

    /**
     * Whether a request's Host names this machine's loopback address. Listening there keeps other machines out, but
     * not a web page open in the user's browser: its site can point its own name at 127.0.0.1 (DNS rebinding) and
     * read the preview as its own origin. The browser still sends that name, which is how it is told apart. A client
     * that sends no Host (HTTP/1.0) is no browser.
     */
    static boolean isLoopbackName(String host) {
        if (host == null) {
            return true;
        }
        String name = host.strip().toLowerCase(Locale.ROOT).replaceFirst(":[0-9]{1,5}$", "");
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
    }

    /** The file at {@code relative} inside the site, or null: never a path outside it, never a folder. */
    private Path resolve(String relative) {
        if (relative.contains("\\") || relative.contains("\0")) {
            return null;
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
            if (p.getFileName().toString().startsWith(".")) {
                return null; // the staging folder, the manifest's company: not part of the site
            }
            if (Files.isSymbolicLink(p)) {
                return null; // a folder link the plugin kept (it never makes one) may lead anywhere: /etc, $HOME
            }
        }
        return file.getFileName().toString().startsWith(".") ? null : file;
    }

    /** Keeps the response open as an event stream; the first event is the current state. */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        BuildState now = state;
        String first = "retry: 1000\nevent: state\ndata: {\"build\":" + now.build() + ",\"error\":"
                + (now.error() == null ? "null" : json(now.error())) + "}\n\n";
        synchronized (out) {
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        listeners.add(out);
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException closed) {
                listeners.remove(out);
                closeQuietly(out);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** A JSON string: what an event's data can carry whatever the message holds. */
    static String json(String text) {
        return '"' + ControlCharacters.escaped(text, "\"\\") + '"';
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the page is gone already
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        listeners.forEach(PreviewServer::closeQuietly);
        listeners.clear();
        server.stop(0);
        threads.shutdownNow();
    }
}
