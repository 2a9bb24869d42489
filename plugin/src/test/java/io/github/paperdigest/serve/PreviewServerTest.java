package io.github.paperdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server serves the site as a static host does, adds live reload to pages only, and nothing else. */
class PreviewServerTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>x</title></head><body><h1>Home</h1></body></html>";

    @TempDir
    Path temp;

    private Path site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), PAGE);
        Files.writeString(site.resolve("404.html"), "<html><body><h1>Page not found</h1></body></html>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/style.css"), "body{}");
        Files.writeString(site.resolve(".paper-digest-manifest"), "# files");
        Files.writeString(temp.resolve("secret.txt"), "outside the site");
        server = PreviewServer.on(site, 0);
        server.start();
        server.built(7);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageIsServedWithTheLiveReloadScriptWhichTheFileDoesNotHold() throws Exception {
        HttpResponse<String> home = get("");

        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        assertTrue(home.body().endsWith("<h1>Home</h1><script src=\"/__paper-digest/live-reload.js\" data-build=\"7\">"
                + "</script></body></html>"), home.body());
        assertEquals(PAGE, Files.readString(site.resolve("index.html")));
        assertEquals("body{}", get("assets/style.css").body(), "other files as they are");
        assertTrue(get("__paper-digest/live-reload.js").body().contains("EventSource"));
    }

    @Test
    void aMissingPathGetsTheSites404PageAndNothingOutsideTheSiteOrHiddenIsServed() throws Exception {
        for (String path : new String[] {"paper/none.html", "../secret.txt", "%2e%2e/secret.txt", "assets/../../secret.txt",
                ".paper-digest-manifest"}) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Page not found"), path);
            assertFalse(response.body().contains("outside the site"), path);
        }
        assertEquals(404, raw("GET /../secret.txt HTTP/1.0"), "a raw request that climbs out");
    }

    @Test
    void aFileReachedThroughALinkedFolderInTheSiteIsNotServed() throws Exception {
        // the plugin keeps what it did not write, a link among it; the file itself is a plain file past the link
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "outside the site");
        Files.createSymbolicLink(site.resolve("etcdir"), outside);
        Files.createSymbolicLink(site.resolve("assets/deeper"), outside);

        for (String path : new String[] {"etcdir/passwd", "assets/deeper/passwd"}) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("outside the site"), path);
        }
        assertEquals("body{}", get("assets/style.css").body(), "the site's own files still are");
    }

    @Test
    void aRequestForAnotherHostIsRefusedSoThatNoWebPageCanReadThePreviewByRebindingItsName() throws Exception {
        // a page at http://attacker.example:8080/ whose name the attacker then points at 127.0.0.1 would be same-origin
        // with what it reads; the browser still sends its own name as the Host
        for (String host : new String[] {"attacker.example:" + server.address().getPort(), "attacker.example",
                "localhost.attacker.example", "127.0.0.1.nip.io"}) {
            try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
                socket.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 403 "), host + ": " + response);
                assertFalse(response.contains("<h1>Home</h1>"), host);
            }
        }
        for (String host : new String[] {"localhost", "localhost:" + server.address().getPort(), "127.0.0.1", "[::1]:8080"}) {
            try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
                socket.getOutputStream().write(("GET /index.html HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 200 "), host + ": " + response);
            }
        }
    }

    @Test
    void openPagesHearTheStateThenEachBuild() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.getOutputStream().write("GET /__paper-digest/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(readUntil(in, "data: ").contains("{\"build\":7,\"error\":null}"));
            waitForListener();
            server.failed("2025-01-24.md:12: \"A \\ title\" has no abstract");
            assertTrue(readUntil(in, "data: ").contains("{\"error\":\"2025-01-24.md:12: \\\"A \\\\ title\\\" has no abstract\"}"));
            server.built(8);
            assertTrue(readUntil(in, "data: ").contains("{\"build\":8}"));
        }
    }

    private void waitForListener() throws InterruptedException {
        for (int i = 0; i < 100 && server.openPages() == 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(1, server.openPages());
    }

    private static String readUntil(BufferedReader in, String prefix) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the stream ended before a line starting with " + prefix);
    }

    private int raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/" + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
