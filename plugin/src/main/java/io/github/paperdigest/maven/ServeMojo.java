package io.github.paperdigest.maven;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.LoadedModels;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.serve.Preview;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the paper site, serves it at {@code http://localhost:8080/} and rebuilds it whenever a digest, a template
 * or the taxonomy changes; open pages reload by themselves. A change to the POM is told in the log: its settings are
 * read when Maven starts. A build that fails (a digest with a mistake)
 * is shown in the log and over the open pages, and the last good site stays served until the mistake is fixed.
 * Press Ctrl-C to stop.
 *
 * <p>The site is the one {@code mvn paper-digest:generate} writes, in {@code target/site/papers/} (see {@code outputName}); the
 * live-reload script is added to the pages as they are served, never to the files. The server listens on the
 * loopback address only. Settings are read when Maven starts: after changing the POM, start the goal again.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public class ServeMojo extends PaperDigestMojo {

    /**
     * The port to serve the site on, on the loopback address; {@code 0} takes any free port. Example:
     * {@code -DpaperDigest.port=1313}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.port", defaultValue = "8080")
    private int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        checkPom(true);
        Path site = paperSiteIn(reportingDirectory());
        BuildConfig config = settled(config(site));
        Preview.Sources sources = new Preview.Sources(config.digestDirectory(), config.templateDirectory(),
                config.taxonomyFile(), Optional.ofNullable(project().getFile()).map(f -> f.toPath()));
        // the preview's builds share the models the first of them loads
        try (LoadedModels models = new LoadedModels()) {
            SiteBuilder builder = new SiteBuilder(new MavenBuildLog(getLog()), models);
            serve(site, sources, () -> build(builder, config));
        }
    }

    /** Builds, serves, and rebuilds on every change until Ctrl-C. */
    private void serve(Path site, Preview.Sources sources, Preview.SiteBuild build) throws MojoFailureException {
        Preview preview;
        try {
            preview = new Preview(build, site, sources, port, new MavenBuildLog(getLog()));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(portProblem(e.getMessage()), e);
        }
        Thread stopOnCtrlC = new Thread(() -> stop(preview), "paper-digest-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        try {
            preview.run();
        } finally {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running
            }
        }
    }

    /** A port the preview cannot serve on, and how to choose another, said once. */
    static String portProblem(String problem) {
        return "Cannot serve the paper site: " + problem + ". Choose another with -DpaperDigest.port=<n>, or with <port>"
                + " where the POM configures the plugin (0 takes any free port)";
    }

    /** Ctrl-C: stop serving and let the loop end, so that Maven ends with its usual summary. */
    private void stop(Preview preview) {
        getLog().info("Stopping the paper site's server");
        preview.close();
        try {
            preview.awaitStop(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
