package io.github.paperdigest.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live-reload script and its place in a served page. The script is added to the bytes of an HTML page as
 * they are sent, never to the file: the site on disk stays exactly what {@code mvn site} publishes.
 */
final class LiveReload {

    /** Where the preview server's own resources live: a path no site file can have (the site never starts with "_"). */
    static final String PREFIX = "/__paper-digest/";
    static final String SCRIPT = PREFIX + "live-reload.js";
    static final String EVENTS = PREFIX + "events";

    private LiveReload() {
    }

    /**
     * The page with the script before its closing {@code </body>} (or at its end), told which build it comes from
     * so that a page loaded just before a rebuild finished still reloads.
     */
    static byte[] inject(byte[] html, long build) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + SCRIPT + "\" data-build=\"" + build + "\"></script>";
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String served = body < 0 ? page + tag : page.substring(0, body) + tag + page.substring(body);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    /** The script itself, kept as a resource beside this class. */
    static byte[] script() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks io/github/paperdigest/serve/live-reload.js");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
