package io.github.paperdigest.maven;

import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Builds the paper site from the project's digests.
 *
 * <p>Declared in the {@code reporting} section of the POM, it runs with {@code mvn site} (and {@code mvn site:site})
 * as an external report: the paper site is written to {@code target/site/papers/} (see {@code outputName}) and the
 * Maven site's menu links to it. Called directly, as {@code mvn paper-digest:generate}, it writes the same paper
 * site to the same folder without the rest of the Maven site; a direct call reads its configuration from
 * {@code build/pluginManagement}, not from {@code reporting}.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class GenerateReport extends PaperDigestMojo implements MavenMultiPageReport {

    /**
     * The label of the paper site's entry in the Maven site's menu and on its "Project Reports" page. Example:
     * {@code -DpaperDigest.menuLabel="Reading list"}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.menuLabel", defaultValue = "Paper Digest")
    private String menuLabel;

    /** Set by the site plugin when it runs the report: the Maven site's output folder. */
    private File reportOutputDirectory;

    /** A direct call: the paper site in {@code target/site/<outputName>/}, as {@code mvn site} would write it. */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        checkPom(true);
        announce(build(settled(config(paperSiteIn(reportingDirectory())))));
    }

    /** Called by the site plugin: the paper site inside the Maven site, with a link back to the project's pages. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            checkPom(false);
            announce(build(settled(config(paperSiteIn(getReportOutputDirectory()))
                    .projectSite(projectName(), "../index.html"))));
        } catch (MojoFailureException | MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } finally {
            if (sink != null) {
                sink.close();
            }
        }
    }

    private String projectName() {
        String name = project().getName();
        return name == null || name.isBlank() ? project().getArtifactId() : name.strip();
    }

    @Override
    public boolean canGenerateReport() {
        return !skipped();
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public String getOutputName() {
        return outputName() + "/index";
    }

    @Override
    public String getCategoryName() {
        return MavenReport.CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return menuLabel == null || menuLabel.isBlank() ? "Paper Digest" : menuLabel.strip();
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's research papers: per-paper pages, tags and topic hubs built from its digests.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory == null ? reportingDirectory() : reportOutputDirectory;
    }
}
