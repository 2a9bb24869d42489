package io.github.paperdigest.maven;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.output.OutputException;
import java.io.File;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Builds the paper site from the project's digests. Declared under {@code <reporting>}, it runs on
 * {@code mvn site} and {@code mvn site:site} as an external report: its pages go to
 * {@code target/site/<outputName>/} and the Maven site's "Project Reports" menu links to them. Called
 * directly ({@code mvn paper-digest:generate}) it writes the same site: both ways go through
 * {@link #executeReport(Locale)}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class GenerateReport extends AbstractMavenReport {

    /** The folder of digest files (.txt, .md, .json, .jsonl, .atom); read recursively. */
    @Parameter(property = "paperDigest.digestDirectory", defaultValue = "${project.basedir}/src/digests")
    private File digestDirectory;

    /** The folder of the site, inside the Maven site's output folder. */
    @Parameter(property = "paperDigest.outputName", defaultValue = "papers")
    private String outputName;

    /** The title shown on every page; defaults to the project's name. */
    @Parameter(property = "paperDigest.siteTitle", defaultValue = "${project.name}")
    private String siteTitle;

    /** The absolute URL the site is published at; only used for canonical links, feeds and the sitemap. */
    @Parameter(property = "paperDigest.baseUrl")
    private String baseUrl;

    /** Files here replace the theme's files of the same path (templates/*.mustache, assets/*). */
    @Parameter(property = "paperDigest.templateDirectory", defaultValue = "${project.basedir}/src/digest-templates")
    private File templateDirectory;

    /** The project's tags and topic hubs (YAML); optional. */
    @Parameter(property = "paperDigest.taxonomy", defaultValue = "${project.basedir}/src/digests/taxonomy.yml")
    private File taxonomy;

    /** Fail the build on a digest problem (true), or skip the bad entry with a warning (false). */
    @Parameter(property = "paperDigest.strict", defaultValue = "true")
    private boolean strict;

    /** Print figures on the quality of tags and hubs (tags per paper, papers without a hub, hub sizes...). */
    @Parameter(property = "paperDigest.taxonomyReport", defaultValue = "false")
    private boolean taxonomyReport;

    /**
     * Follow symbolic links among the digests, templates and taxonomy that lead out of the project folder (for
     * monorepos). Links into the operating system's pseudo-files (/proc, /sys) are never followed.
     */
    @Parameter(property = "paperDigest.allowExternalLinks", defaultValue = "false")
    private boolean allowExternalLinks;

    /** How many seconds a build waits for another build of the same output folder to finish before it fails. */
    @Parameter(property = "paperDigest.lockTimeout", defaultValue = "600")
    private int lockTimeout;

    /** The project's folder: links are followed only while they stay inside it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDirectory;

    /** Skip building the paper site. */
    @Parameter(property = "paperDigest.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Where a direct call ({@code mvn paper-digest:generate}) writes: the Maven site's folder, so that the
     * paper site is in {@code target/site/<outputName>/} however it was built. (maven-reporting-impl 4
     * would otherwise use {@code target/reports}.) Under {@code mvn site} the site plugin decides.
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportingDirectory;

    @Override
    protected String getOutputDirectory() {
        return reportingDirectory.getAbsolutePath();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            build(getReportOutputDirectory());
        } catch (PaperDigestException e) {
            e.step().ifPresent(step -> getLog().error("Paper Digest stopped while " + step));
            throw new MavenReportException(e.getMessage() + e.setting().map(s -> " (" + whatToCheck(s) + ")").orElse(""),
                    e);
        }
    }

    private void build(File siteDirectory) {
        if (outputName.isBlank() || outputName.contains("/") || outputName.contains("\\") || outputName.startsWith(".")) {
            throw new OutputException("outputName '" + outputName + "' must be a plain folder name such as 'papers'");
        }
        BuildConfig config = BuildConfig.builder(digestDirectory.toPath(), new File(siteDirectory, outputName).toPath())
                .siteTitle(siteTitle)
                .baseUrl(baseUrl)
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .taxonomyFile(taxonomy == null ? null : taxonomy.toPath())
                .strict(strict)
                .timestamp(OutputTimestamps.parse(outputTimestamp).orElse(null))
                .taxonomyReport(taxonomyReport)
                .projectDirectory(projectDirectory.toPath())
                .allowExternalLinks(allowExternalLinks)
                .lockTimeout(java.time.Duration.ofSeconds(lockTimeout))
                .build();
        new SiteBuilder(new MavenBuildLog(getLog())).build(config);
    }

    /** The parameter of this goal to look at for a setting of the engine, e.g. "check the 'outputName' parameter". */
    static String whatToCheck(Setting setting) {
        return switch (setting) {
            case DIGEST_DIRECTORY -> "check the 'digestDirectory' parameter";
            case OUTPUT_DIRECTORY -> "check the 'outputName' parameter";
            case SITE_TITLE -> "check the 'siteTitle' parameter";
            case BASE_URL -> "check the 'baseUrl' parameter";
            case TEMPLATE_DIRECTORY -> "check the 'templateDirectory' parameter";
            case TAXONOMY_FILE -> "check the file named by the 'taxonomy' parameter";
            case STRICT -> "check the 'strict' parameter";
            case TIMESTAMP -> "check the project's 'project.build.outputTimestamp' property";
            case TAXONOMY_REPORT -> "check the 'taxonomyReport' parameter";
            case PROJECT_DIRECTORY -> "check the project's folder";
            case ALLOW_EXTERNAL_LINKS -> "see the 'allowExternalLinks' parameter";
            case LOCK_TIMEOUT -> "see the 'lockTimeout' parameter";
        };
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping the paper site (paperDigest.skip=true)");
        }
        return !skip;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public String getOutputName() {
        return outputName + "/index";
    }

    @Override
    public String getName(Locale locale) {
        return "Paper Digest";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's research papers: per-paper pages, tags and topic hubs built from its digests.";
    }
}
