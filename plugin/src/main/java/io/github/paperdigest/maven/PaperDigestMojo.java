package io.github.paperdigest.maven;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.engine.EngineProcess;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.model.ControlCharacters;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal of the plugin shares: the parameters of a paper site, each declared once, and the translation
 * of the engine's outcome into Maven's terms. A problem with the user's input (a digest, the taxonomy, a template,
 * a setting) is a {@link MojoFailureException} naming the parameter to fix; anything else is a fault of the plugin,
 * a {@link MojoExecutionException}.
 */
public abstract class PaperDigestMojo extends AbstractMojo {

    /**
     * The level of the embedding libraries' loggers in Maven's own logger (see quietEmbeddingLibraries): Maven 3's
     * logger reads the first, Maven 4's the second, and warns on every logger made while the first is set.
     */
    private static final String MAVEN_3_LOG_LEVEL = "org.slf4j.simpleLogger.log.ai.djl";
    private static final String MAVEN_4_LOG_LEVEL = "maven.logger.log.ai.djl";

    /**
     * The folder of digest files, in any mix of formats ({@code .md}, {@code .markdown}, {@code .org}, {@code .txt},
     * {@code .text}, {@code .eml}, {@code .json}, {@code .jsonl}, {@code .ndjson}, {@code .bib}, {@code .bibtex},
     * {@code .ris}, {@code .csv}, {@code .tsv}, {@code .atom}, {@code .xml}), read recursively; hidden files are ignored, and a file
     * of another extension is named in a warning. The build fails when the folder does not exist, and names a
     * likely folder where the digests may be instead. Example: {@code -DpaperDigest.digestDirectory=papers/digests}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.digestDirectory", defaultValue = "${project.basedir}/src/digests")
    private File digestDirectory;

    /**
     * The paper site's folder inside the Maven site's output folder ({@code target/site}): a plain folder name.
     * Example: {@code -DpaperDigest.outputName=reading-list} writes the site to {@code target/site/reading-list/}.
     * A build replaces that folder as a whole, so it may not be the project, hold it, or hold or lie inside the
     * digests, templates, taxonomy or embedding cache.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.outputName", defaultValue = "papers")
    private String outputName;

    /**
     * The title shown on every page and in the feeds. Example: {@code -DpaperDigest.siteTitle="Our reading group"}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.siteTitle", defaultValue = "${project.name}")
    private String siteTitle;

    /**
     * The absolute URL the paper site is published at, ending in {@code /}. Used only for canonical links, Open
     * Graph tags, feeds and the sitemap; links between pages stay relative. Example:
     * {@code -DpaperDigest.baseUrl=https://example.github.io/project/papers/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.baseUrl")
    private String baseUrl;

    /**
     * A folder whose files replace the theme's files of the same path ({@code templates/paper.mustache},
     * {@code assets/style.css}); other files under {@code assets/} are published too. A file that replaces no
     * theme file fails the build (warns with {@code strict=false}). Optional when left at its default; a folder
     * configured but missing fails the build. Example: {@code -DpaperDigest.templateDirectory=src/theme}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.templateDirectory", defaultValue = "${project.basedir}/src/digest-templates")
    private File templateDirectory;

    /**
     * The project's tags and topic hubs (YAML). Optional when left at its default; a file configured but missing
     * fails the build. It is checked before any digest is read, and all its mistakes are reported together.
     * Example: {@code -DpaperDigest.taxonomy=src/taxonomy.yml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.taxonomy", defaultValue = "${project.basedir}/src/digests/taxonomy.yml")
    private File taxonomy;

    /**
     * {@code true}: a digest problem, or a template that replaces no theme file, fails the build. {@code false}:
     * the bad entry (or file) is skipped with a warning and the site is built from the rest. Example:
     * {@code -DpaperDigest.strict=false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.strict", defaultValue = "true")
    private boolean strict;

    /**
     * Let a build with no papers replace a paper site that has some. Off by default, so that a mistyped
     * {@code digestDirectory} cannot publish an empty site over a full one. Example:
     * {@code -DpaperDigest.allowEmptySite=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.allowEmptySite", defaultValue = "false")
    private boolean allowEmptySite;

    /**
     * Log figures on the quality of tags and hubs: tags per paper, papers without a hub, hub sizes. Example:
     * {@code -DpaperDigest.taxonomyReport=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.taxonomyReport", defaultValue = "false")
    private boolean taxonomyReport;

    /**
     * How papers are compared for related papers, topic hubs and tags: {@code semantic} (a small sentence-embedding
     * model run in-process; the default), {@code lexical} (their words alone; no model is loaded) or a model's id
     * ({@code all-minilm-l6-v2-q}, or {@code bge-small-en-v1.5-q} once its jar is added to the plugin's
     * dependencies). Example: {@code -DpaperDigest.similarity=lexical}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.similarity", defaultValue = "semantic")
    private String similarity;

    /**
     * Where papers' embeddings are kept between builds, keyed by model and exact text: it survives
     * {@code mvn clean}, is shared by every build on the machine, and never changes what the site contains.
     * Example: {@code -DpaperDigest.embeddingCache=/var/cache/paper-digest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.embeddingCache", defaultValue = "${user.home}/.cache/paper-digest")
    private File embeddingCache;

    /**
     * A copy of the site as readers have it (its {@code papers.json}, and its {@code .paper-digest-manifest} when it has
     * one), to warn of the addresses of pages this build drops, with the lines of {@code moved.yml} that keep them.
     * Without it the build compares with the output folder's previous build, which a CI checkout or {@code mvn clean}
     * does not have. A folder that does not exist is noted and skipped (the first build has nothing published). It
     * is read only for the warning and never changes what the site contains. Example:
     * {@code -DpaperDigest.publishedSite=$HOME/published-papers}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.publishedSite")
    private File publishedSite;

    /**
     * Follow symbolic links among the digests, templates and taxonomy that lead out of the project folder, for a
     * monorepo whose digests live elsewhere. Without it such a link is refused (strict) or skipped with a warning.
     * Links to the operating system's pseudo-files ({@code /proc}, {@code /sys}) are never followed. Example:
     * {@code -DpaperDigest.allowExternalLinks=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.allowExternalLinks", defaultValue = "false")
    private boolean allowExternalLinks;

    /**
     * How many seconds a build waits for another build of the same output folder (an IDE's, or another execution
     * under {@code mvn -T}) to finish before it fails. Example: {@code -DpaperDigest.lockTimeout=60}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.lockTimeout", defaultValue = "600")
    private int lockTimeout;

    /**
     * Build the site in a JVM of its own, started with options for a job of seconds to minutes: the quick compiler
     * alone below about 48 MB of digests (6 MB with semantic similarity), and the parallel collector; its heap is as
     * large as Maven's. On two cores that made builds of 1,000 to 10,000 papers a fifth to a third faster than in
     * Maven's own JVM. A site that is up to date is told so without starting one. {@code false} builds in Maven's JVM.
     * Example: {@code -DpaperDigest.fork=false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.fork", defaultValue = "true")
    private boolean fork;

    /**
     * More options for the engine's JVM ({@code fork}), after the ones the plugin chooses, so that they win,
     * separated by spaces: heap and stack sizes ({@code -Xmx4g}), collector and compiler options ({@code -XX:+UseG1GC},
     * {@code -XX:MaxRAMPercentage=75}, {@code -XX:TieredStopAtLevel=1}) and logs to the console ({@code -Xlog:gc}).
     * Options that write files (flight recordings, log files, heap dumps), run or load other code (agents, class
     * paths) or set system properties are refused: a pull request can bring them with the pom. To profile a build,
     * build in Maven's JVM ({@code -DpaperDigest.fork=false}) with {@code MAVEN_OPTS}. Example:
     * {@code -DpaperDigest.jvmArgs=-Xmx4g}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.jvmArgs")
    private String jvmArgs;

    /** The plugin itself: its jars are the class path of the engine's JVM. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /**
     * Skip building the paper site. Example: {@code -DpaperDigest.skip=true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "paperDigest.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The date the site shows where the digests give none (feeds), as Maven's reproducible builds set it:
     * ISO-8601 or seconds since the epoch. Never the clock, so that two builds give the same bytes.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /** The Maven site's output folder; the paper site is the folder {@code outputName} inside it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportingDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The build's session: the properties given on the command line. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Whether this module inherits the plugin with no digests of its own, once worked out and told. */
    private Boolean inheritedWithoutDigests;

    /**
     * True when the user asked to skip the paper site, or when this module of a multi-module build has no digests and
     * only inherits the plugin from a parent (see {@link #inheritedWithoutDigests()}); says which in the log.
     */
    protected final boolean skipped() {
        if (skip) {
            getLog().info("Skipping the paper site (paperDigest.skip=true)");
            return true;
        }
        return inheritedWithoutDigests();
    }

    /**
     * A module that inherits the plugin from its parent (a {@code <reporting>} block, or a goal called in the parent's
     * folder, which Maven runs in every module), that names it nowhere in its own POM and has no digest folder: the
     * paper site is the parent's business, and the module is left out, saying so. The project the build was started
     * in, or a module whose own POM declares the plugin, still fails for a missing folder, as a typo must.
     */
    private boolean inheritedWithoutDigests() {
        if (inheritedWithoutDigests == null) {
            inheritedWithoutDigests = !project.isExecutionRoot() && digestDirectory != null && !digestDirectory.exists()
                    && !PomConfiguration.names(project.getOriginalModel(), plugin.getGroupId(), plugin.getArtifactId());
            if (inheritedWithoutDigests) {
                getLog().info("No paper site for module " + project.getArtifactId() + ": it has no "
                        + ConfiguredPaths.shown(project.getBasedir().toPath(), digestDirectory.toPath())
                        + " and inherits the plugin from its parent (<inherited>false</inherited> on the plugin in the"
                        + " parent's <reporting> keeps it out of the modules)");
            }
        }
        return inheritedWithoutDigests;
    }

    /**
     * Reads the plugin's {@code <configuration>} blocks as the POM writes them, and its properties as the command line
     * gives them, which Maven does not check: an element that names no parameter (a typo, or a property written as an
     * element) and a {@code -DpaperDigest.…} property that no parameter reads fail a strict build with the line and
     * the parameter it most likely meant, and are warnings with {@code strict=false}. A property whose parameter the
     * POM sets is a warning: Maven uses the POM's value. A direct call also says which settings it does not see
     * because they are written under {@code <reporting>}, which only {@code mvn site} reads.
     */
    protected final void checkPom(boolean directCall) throws MojoFailureException {
        PomConfiguration pom;
        Set<String> parameters = new TreeSet<>();
        Set<String> settable = new TreeSet<>();
        Set<String> booleans = new TreeSet<>();
        Map<String, String> parameterByProperty = new TreeMap<>();
        try {
            pom = PomConfiguration.of(project.getModel(), project.getBasedir().toPath().toAbsolutePath().normalize(),
                    plugin.getGroupId(), plugin.getArtifactId());
            for (MojoDescriptor mojo : plugin.getMojos()) {
                for (org.apache.maven.plugin.descriptor.Parameter p : mojo.getParameters()) {
                    parameters.add(p.getName());
                    if (p.getAlias() != null) {
                        parameters.add(p.getAlias());
                    }
                    if (p.isEditable() && !"help".equals(mojo.getGoal())) {
                        settable.add(p.getName());
                        if ("boolean".equals(p.getType()) || "java.lang.Boolean".equals(p.getType())) {
                            booleans.add(p.getName());
                        }
                        CommandLineProperties.readBy(p.getExpression())
                                .ifPresent(property -> parameterByProperty.put(property, p.getName()));
                    }
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // a Maven whose model this plugin cannot read: Maven's own checks are all there is
            getLog().debug("The plugin's configuration was not checked: " + e);
            return;
        }
        if (parameters.isEmpty()) {
            return;
        }
        CommandLineProperties commandLine = new CommandLineProperties(session.getUserProperties(), parameterByProperty);
        checkTrueOrFalse(pom, commandLine, booleans);
        commandLine.overridden(pom, directCall).forEach(o -> getLog().warn(o.message()));
        List<String> unknown = new ArrayList<>();
        pom.unknown(parameters).forEach(u -> unknown.add(u.message()));
        commandLine.unknown().forEach(u -> unknown.add(u.message()));
        if (!unknown.isEmpty()) {
            String list = String.join(System.lineSeparator(), unknown.stream().map(u -> "  " + u).toList());
            if (strict) {
                throw new MojoFailureException((unknown.size() == 1 ? unknown.get(0)
                        : unknown.size() + " settings of the plugin name no parameter:" + System.lineSeparator() + list)
                        + System.lineSeparator() + "The parameters are: " + String.join(", ", settable)
                        + " (mvn paper-digest:help -Ddetail describes them; each is also -DpaperDigest.<parameter>)");
            }
            unknown.forEach(u -> getLog().warn(u));
        }
        if (directCall) {
            // menuLabel is the paper site's entry in the Maven site's menu: only mvn site has a use for it
            for (PomConfiguration.Element e : pom.reportingOnly(parameters).stream()
                    .filter(e -> !e.name().equals("menuLabel")).toList()) {
                getLog().warn("<" + e.name() + "> is set under <reporting>" + (e.where().isEmpty() ? "" : " (" + e.where()
                        + ")") + ", which only mvn site reads: this goal uses its default or -DpaperDigest." + e.name()
                        + ". Put the <configuration> under <build><pluginManagement> instead: mvn site reads it there too");
            }
        }
    }

    /**
     * A switch set to something else than true or false fails the build, strict or not: Maven would read
     * {@code <strict>yes</strict>} as false, and a build asked to be strict would quietly not be.
     */
    private static void checkTrueOrFalse(PomConfiguration pom, CommandLineProperties commandLine, Set<String> booleans)
            throws MojoFailureException {
        List<String> wrong = new ArrayList<>();
        for (PomConfiguration.Element e : pom.notTrueOrFalse(booleans)) {
            wrong.add((e.where().isEmpty() ? "" : e.where() + ": ") + "<" + e.name() + ">" + e.value().strip() + "</"
                    + e.name() + ">");
        }
        commandLine.notTrueOrFalse(booleans).forEach((name, value) -> wrong.add("-D" + name + "=" + value));
        if (!wrong.isEmpty()) {
            throw new MojoFailureException(String.join("; ", wrong) + (wrong.size() == 1 ? " is" : " are")
                    + " neither true nor false, which Maven would read as false without a word: write true or false");
        }
    }

    protected final MavenProject project() {
        return project;
    }

    protected final String outputName() {
        return outputName;
    }

    /** Where the Maven site goes when no site plugin says otherwise: {@code target/site}. */
    protected final File reportingDirectory() {
        return reportingDirectory;
    }

    /** The folder the paper site is written to, inside {@code siteDirectory}. */
    protected final Path paperSiteIn(File siteDirectory) throws MojoFailureException {
        requirePlainFolderName(outputName);
        return new File(siteDirectory, outputName).toPath();
    }

    /**
     * An {@code outputName} is one folder's name: not empty, no separator, not hidden, and no control character (a
     * line break in a property's value made a folder and lock files with line breaks in their names).
     */
    static void requirePlainFolderName(String outputName) throws MojoFailureException {
        if (outputName == null || outputName.isBlank() || outputName.contains("/") || outputName.contains("\\")
                || outputName.startsWith(".") || ControlCharacters.in(outputName)) {
            throw new MojoFailureException("outputName '" + (outputName == null ? "" : ControlCharacters.visible(outputName))
                    + "' must be a plain folder name such as 'papers' (check the 'outputName' parameter)");
        }
    }

    /**
     * The build's settings as the engine takes them. A setting it refuses (a base URL that is no URL, a site folder over
     * the digests) is the user's mistake, named with its parameter, like the engine's own failures.
     */
    protected final BuildConfig settled(BuildConfig.Builder config) throws MojoFailureException {
        try {
            return config.build();
        } catch (PaperDigestException e) {
            throw new MojoFailureException(withParameter(e), e);
        }
    }

    /** The build's settings, after checking that every path the user configured exists. */
    protected final BuildConfig.Builder config(Path outputDirectory) throws MojoFailureException {
        baseUrlOfTheMavenSite(baseUrl, project.getUrl(), outputName).ifPresent(getLog()::warn);
        ConfiguredPaths paths = new ConfiguredPaths(project.getBasedir().toPath());
        paths.requireDigestDirectory(digestDirectory);
        paths.emptyDigestDirectory(digestDirectory).ifPresent(getLog()::warn);
        paths.requireDirectory("templateDirectory", templateDirectory, "src/digest-templates");
        paths.requireFile("taxonomy", taxonomy, ConfiguredPaths.DEFAULT_TAXONOMY);
        paths.misplacedTaxonomy(taxonomy).ifPresent(getLog()::warn);
        return BuildConfig.builder(digestDirectory.toPath(), outputDirectory)
                .siteTitle(siteTitle)
                .baseUrl(baseUrl)
                .templateDirectory(templateDirectory == null ? null : templateDirectory.toPath())
                .taxonomyFile(taxonomy == null ? null : taxonomy.toPath())
                .strict(strict)
                .allowEmptySite(allowEmptySite)
                .timestamp(timestamp())
                .taxonomyReport(taxonomyReport)
                .similarity(similarity)
                .embeddingCache(embeddingCache == null ? null : embeddingCache.toPath())
                .projectDirectory(project.getBasedir().toPath())
                .allowExternalLinks(allowExternalLinks)
                .lockTimeout(java.time.Duration.ofSeconds(lockTimeout))
                .siteId(project.getGroupId() + ":" + project.getArtifactId())
                .publishedSite(publishedSite == null ? null : publishedSite.toPath());
    }

    /** The project's {@code project.build.outputTimestamp}; a value no Maven plugin reads fails the build. */
    private Instant timestamp() throws MojoFailureException {
        try {
            return OutputTimestamps.parse(outputTimestamp).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * A warning when {@code baseUrl} is the project's {@code <url>}, where the Maven site is published: the paper site
     * is the folder {@code outputName} inside it, so its canonical links, feeds and sitemap would give its pages the
     * Maven site's addresses ({@code …/index.html} for the paper site's home page) with nothing else to show it.
     */
    static Optional<String> baseUrlOfTheMavenSite(String baseUrl, String projectUrl, String outputName) {
        if (baseUrl == null || baseUrl.isBlank() || projectUrl == null || projectUrl.isBlank()) {
            return Optional.empty();
        }
        String base = baseUrl.strip().replaceAll("/+$", "");
        String site = projectUrl.strip().replaceAll("/+$", "");
        if (!base.equals(site)) {
            return Optional.empty();
        }
        return Optional.of("baseUrl " + baseUrl.strip() + " is the project's <url>, where the Maven site is published;"
                + " the paper site is its folder " + outputName + "/, so canonical links, feeds and the sitemap would give"
                + " its pages the Maven site's addresses. Set baseUrl to " + site + "/" + outputName + "/ (or leave it as"
                + " it is if the paper site alone is published at " + site + "/)");
    }

    /**
     * Builds the site, in a JVM of its own unless {@code fork} is off; the user's mistakes become failures naming the
     * parameter to fix.
     */
    protected final BuildResult build(BuildConfig config) throws MojoFailureException, MojoExecutionException {
        if (!fork) {
            return build(new SiteBuilder(new MavenBuildLog(getLog())), config);
        }
        return translated(() -> new EngineProcess(engineClasspath(), jvmArgs)
                .build(config, new MavenBuildLog(getLog()), getLog().isDebugEnabled()));
    }

    /** The plugin's jar and its dependencies' (Maven's own, which the engine does not use, are not among them). */
    private List<Path> engineClasspath() {
        return plugin.getArtifacts().stream().map(Artifact::getFile).filter(Objects::nonNull).map(File::toPath).toList();
    }

    /** Builds the site with a builder that may keep what it loaded from build to build, as a preview's does. */
    protected final BuildResult build(SiteBuilder builder, BuildConfig config) throws MojoFailureException,
            MojoExecutionException {
        quietEmbeddingLibraries();
        return translated(() -> builder.build(config));
    }

    /**
     * In Maven's JVM the embedding model's libraries (DJL) write to Maven's log: "[WARNING] Failed to detect GPU
     * count" on every machine without CUDA, which the plugin never uses, and where they found their native code.
     * Maven's logger takes a logger's level from the system properties when the logger is made, which DJL does as it
     * loads the model, after this; a level the user gave on the command line is kept. The engine's own JVM has no
     * logger for them at all ({@link EngineProcess}).
     */
    private static void quietEmbeddingLibraries() {
        String level = isMaven4() ? MAVEN_4_LOG_LEVEL : MAVEN_3_LOG_LEVEL;
        if (System.getProperty(MAVEN_3_LOG_LEVEL) == null && System.getProperty(MAVEN_4_LOG_LEVEL) == null) {
            System.setProperty(level, "error");
        }
    }

    /** Whether Maven 4 runs the plugin: its API, which Maven 3 does not have, is what it shows its plugins. */
    private static boolean isMaven4() {
        try {
            Class.forName("org.apache.maven.api.Session", false, PaperDigestMojo.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private BuildResult translated(Supplier<BuildResult> build) throws MojoFailureException, MojoExecutionException {
        try {
            return build.get();
        } catch (PaperDigestException e) {
            e.step().ifPresent(step -> getLog().error("Paper Digest stopped while " + step));
            throw new MojoFailureException(withParameter(e), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Paper Digest failed: " + e
                    + ". This is a fault of the plugin, not of your digests; please report it with the output of mvn -e.",
                    e);
        }
    }

    /** Says where to open the built site: a link a terminal can open. */
    protected final void announce(BuildResult result) {
        getLog().info("Open the paper site: " + result.outputDirectory().toAbsolutePath().resolve("index.html").toUri());
    }

    /** The message of a user's mistake, with the parameter to look at when the engine names a setting. */
    static String withParameter(PaperDigestException e) {
        return e.getMessage() + e.setting().map(s -> " (" + whatToCheck(s) + ")").orElse("");
    }

    /** The parameter to look at for a setting of the engine, e.g. "check the 'outputName' parameter". */
    static String whatToCheck(Setting setting) {
        return switch (setting) {
            case DIGEST_DIRECTORY -> "check the 'digestDirectory' parameter";
            case OUTPUT_DIRECTORY -> "check the 'outputName' parameter and the Maven site's output folder";
            case SITE_TITLE -> "check the 'siteTitle' parameter";
            case BASE_URL -> "check the 'baseUrl' parameter";
            case TEMPLATE_DIRECTORY -> "check the 'templateDirectory' parameter";
            case TAXONOMY_FILE -> "check the file named by the 'taxonomy' parameter";
            case STRICT -> "check the 'strict' parameter";
            case TIMESTAMP -> "check the project's 'project.build.outputTimestamp' property";
            case TAXONOMY_REPORT -> "check the 'taxonomyReport' parameter";
            case SIMILARITY -> "check the 'similarity' parameter";
            case EMBEDDING_CACHE -> "check the 'embeddingCache' parameter";
            case PROJECT_DIRECTORY -> "check the project's folder";
            case ALLOW_EXTERNAL_LINKS -> "see the 'allowExternalLinks' parameter";
            case LOCK_TIMEOUT -> "see the 'lockTimeout' parameter";
            case JVM_ARGS -> "check the 'jvmArgs' parameter";
        };
    }
}
