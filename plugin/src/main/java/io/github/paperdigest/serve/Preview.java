package io.github.paperdigest.serve;

import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.model.Counted;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The preview loop of {@code mvn paper-digest:serve}: build the site, serve it, and on every change of its
 * sources build it again and reload the open pages. A failed build is shown in the log and over the open pages,
 * while the last good site stays served (a failed build never replaces it). {@link #close()} stops it cleanly.
 */
public final class Preview implements AutoCloseable {

    private static final Pattern EDITORS_TEMPORARY = Pattern.compile(
            "sed[A-Za-z0-9]{6}|4913|\\.#.*|#.*#|.*~|.*\\.sw[a-p]|.*\\.tmp");

    /** One build of the site; throws when the build fails, with a message for the user. */
    @FunctionalInterface
    public interface SiteBuild {
        BuildResult run() throws Exception;
    }

    /** What the loop watches and serves. {@code pom} changes are reported: Maven reads settings only at start. */
    public record Sources(Path digestDirectory, Optional<Path> templateDirectory, Optional<Path> taxonomyFile,
            Optional<Path> pom) {
        public Sources {
            Objects.requireNonNull(digestDirectory, "digestDirectory");
        }
    }

    private final SiteBuild build;
    private final Sources sources;
    private final BuildLog log;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closed;
    /** Successful builds so far; only the loop's thread changes it. */
    private long builds;

    /** A preview of the site in {@code siteDirectory} on {@code port} of the loopback address (0: any free port). */
    public Preview(SiteBuild build, Path siteDirectory, Sources sources, int port, BuildLog log) {
        this.build = build;
        this.sources = sources;
        this.log = log;
        this.server = PreviewServer.on(siteDirectory, port);
        this.watcher = new SourceWatcher();
        watcher.tree(sources.digestDirectory());
        sources.templateDirectory().ifPresent(watcher::tree);
        sources.taxonomyFile().ifPresent(watcher::file);
        sources.pom().ifPresent(watcher::file);
    }

    /** The address the site is served at, e.g. http://localhost:8080/. */
    public URI address() {
        return server.address();
    }

    /** Builds, starts serving, then rebuilds on every change until {@link #close()}. */
    public void run() {
        try {
            rebuild("");
            server.start();
            ready.countDown();
            log.info("Serving the paper site at " + address() + " (Ctrl-C to stop). Watching "
                    + watched() + " for changes.");
            while (!closed) {
                Optional<Set<Path>> changed = watcher.next();
                if (changed.isEmpty() || closed) {
                    break;
                }
                settingsChanged(changed.get());
                rebuild(describe(changed.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ready.countDown();
            stopped.countDown();
        }
    }

    /** Starts {@link #run()} on a thread of its own, for tests and tools; returns once the first build is served. */
    public Thread start() throws InterruptedException {
        Thread loop = new Thread(this::run, "paper-digest-preview");
        loop.setDaemon(true);
        loop.start();
        ready.await();
        return loop;
    }

    private void rebuild(String reason) {
        long start = System.nanoTime();
        try {
            BuildResult result = build.run();
            if (result.upToDate() && builds > 0 && !server.failedLast()) {
                log.info("The site is unchanged after " + reason + "; nothing to reload");
                return;
            }
            builds++;
            server.built(builds);
            if (!reason.isEmpty()) {
                log.info(String.format(java.util.Locale.ROOT, "Rebuilt after %s in %.1f s; reloading %s",
                        reason, (System.nanoTime() - start) / 1e9, Counted.of(server.openPages(), "open page")));
            }
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            server.failed(message);
            log.error("The paper site could not be " + (reason.isEmpty() ? "built" : "rebuilt after " + reason) + ": "
                    + message);
            log.error("The last good site is still served; fix the problem and save, and the site is rebuilt.");
        }
    }

    private void settingsChanged(Set<Path> changed) {
        sources.pom().filter(pom -> changed.contains(pom.toAbsolutePath().normalize())).ifPresent(pom -> log.warn(
                pom.getFileName() + " changed: Maven reads the plugin's settings when it starts. Stop (Ctrl-C) and run"
                        + " mvn paper-digest:serve again to use the new settings."));
    }

    /** The sources watched, each that does not exist yet said so: it is watched for, and built from once it is made. */
    private String watched() {
        return Stream.of(Optional.of(sources.digestDirectory()), sources.templateDirectory(), sources.taxonomyFile(),
                        sources.pom())
                .flatMap(Optional::stream)
                .map(p -> Files.exists(p) ? p.toString() : p + " (once it is made)")
                .collect(Collectors.joining(", "));
    }

    /**
     * "a change to 2025-01-24.md": the files changed, without the temporary files editors save through (sed's
     * "sedA1b2C3", vim's "4913" and ".swp", emacs's ".#name", backups ending in "~"), unless they are all there is.
     */
    static String describe(Set<Path> changed) {
        List<String> all = changed.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .sorted().toList();
        List<String> saved = all.stream().filter(name -> !EDITORS_TEMPORARY.matcher(name).matches()).toList();
        List<String> names = saved.isEmpty() ? all : saved;
        return "a change to " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
    }

    /** Stops watching and serving. A build in progress ends on the loop's thread; it never leaves half a site. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        watcher.close();
        server.close();
    }

    /** Waits until the loop has ended, at most {@code millis}. */
    public boolean awaitStop(long millis) throws InterruptedException {
        return stopped.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
