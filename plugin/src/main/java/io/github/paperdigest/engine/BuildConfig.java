package io.github.paperdigest.engine;

import io.github.paperdigest.model.ControlCharacters;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import io.github.paperdigest.taxonomy.SentenceModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs to know, independent of Maven. Made with {@link #builder(Path, Path)}, so that a new
 * setting is one field of the builder rather than a new argument at every call.
 *
 * @param digestDirectory   where the digests are; read recursively
 * @param outputDirectory   the folder the site is written to; replaced as a whole when the build succeeds
 * @param siteTitle         shown on every page
 * @param baseUrl           the published site's absolute URL, for canonical links, feeds and sitemap
 * @param templateDirectory files here replace the theme's files of the same relative path
 * @param taxonomyFile      the tags and hubs the project declares; absent or missing means none
 * @param strict            true: a digest problem fails the build; false: the entry is skipped with a warning
 * @param timestamp         the date feeds show (Maven's project.build.outputTimestamp); never the clock
 * @param taxonomyReport    log figures on the quality of tags and hubs
 * @param similarity        how papers are compared: {@code semantic} (the default sentence-embedding model),
 *                          {@code lexical} (words alone, no model loaded) or the id of a {@link SentenceModel}
 * @param embeddingCache    where papers' embeddings are kept between builds (shared by every build that names the
 *                          same folder); absent: none are kept. Never changes what the site contains.
 * @param allowEmptySite    let a build with no papers replace a site that has some
 * @param projectSite       the project's own site, which the paper site links back to, if any
 * @param projectDirectory  the project's folder: links among the project's files are followed only while they
 *                          stay inside it (Maven's {@code ${project.basedir}})
 * @param allowExternalLinks follow links that leave the project folder (for monorepos)
 * @param lockTimeout       how long a build waits for another build of the same output folder to finish
 * @param siteId            what tells this site from others where no {@code baseUrl} does: the Maven project's
 *                          {@code groupId:artifactId}, in the ids of its feeds' entries; absent, ids name the paper alone
 * @param publishedSite     a copy of the site as readers have it (its {@code papers.json}, and its manifest when it has
 *                          one), which the addresses this build drops are told from instead of the output folder's
 *                          previous build: in CI, whose checkout has none. Read as untrusted input, only for a warning;
 *                          never changes what the site contains
 */
public record BuildConfig(
        Path digestDirectory,
        Path outputDirectory,
        String siteTitle,
        Optional<String> baseUrl,
        Optional<Path> templateDirectory,
        Optional<Path> taxonomyFile,
        boolean strict,
        Optional<Instant> timestamp,
        boolean taxonomyReport,
        String similarity,
        Optional<Path> embeddingCache,
        boolean allowEmptySite,
        Optional<ProjectSite> projectSite,
        Path projectDirectory,
        boolean allowExternalLinks,
        Duration lockTimeout,
        Optional<String> siteId,
        Optional<Path> publishedSite) {

    /** Long enough for any build of a large site to finish, short enough that a stuck one is noticed. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    public static final String SEMANTIC = "semantic";
    public static final String LEXICAL = "lexical";

    /** The site the paper site belongs to: its name, and its home page relative to the paper site's root. */
    public record ProjectSite(String name, String href) {
        public ProjectSite {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(href, "href");
        }
    }

    public BuildConfig {
        Objects.requireNonNull(digestDirectory, "digestDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Paper Digest" : siteTitle.strip();
        baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").filter(u -> !u.isBlank()).map(String::strip)
                .map(BuildConfig::checkedBaseUrl);
        templateDirectory = Objects.requireNonNull(templateDirectory, "templateDirectory");
        taxonomyFile = Objects.requireNonNull(taxonomyFile, "taxonomyFile");
        timestamp = Objects.requireNonNull(timestamp, "timestamp");
        similarity = similarity == null || similarity.isBlank() ? SEMANTIC : similarity.strip().toLowerCase(Locale.ROOT);
        if (!similarity.equals(SEMANTIC) && !similarity.equals(LEXICAL) && SentenceModel.byId(similarity).isEmpty()) {
            throw new PaperDigestException("similarity '" + similarity + "' is not known: use " + SEMANTIC + " (the"
                    + " default, model " + SentenceModel.DEFAULT.id() + "), " + LEXICAL + " (words alone, no model) or"
                    + " one of the models " + SentenceModel.ids(), null, Setting.SIMILARITY);
        }
        embeddingCache = Objects.requireNonNull(embeddingCache, "embeddingCache");
        projectSite = Objects.requireNonNull(projectSite, "projectSite");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
        siteId = Objects.requireNonNull(siteId, "siteId").map(BuildConfig::urnText).filter(id -> !id.isEmpty());
        publishedSite = Objects.requireNonNull(publishedSite, "publishedSite");
        if (lockTimeout.isNegative()) {
            throw new PaperDigestException("lockTimeout must not be negative; it is " + lockTimeout.toSeconds() + " s", null,
                    Setting.LOCK_TIMEOUT);
        }
        OutputPlacement.requireApart(outputDirectory, projectDirectory, digestDirectory, templateDirectory, taxonomyFile,
                embeddingCache);
    }

    /**
     * The base URL goes into canonical links, feeds, the sitemap and robots.txt: only an absolute http(s) URL
     * with nothing that could end a line or an attribute may go there.
     */
    private static String checkedBaseUrl(String url) {
        String fix = ": it must be the absolute http(s) URL the site is published at, such as https://example.org/papers/";
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (ControlCharacters.is(c) || Character.isWhitespace(c)) {
                throw badBaseUrl("baseUrl '" + ControlCharacters.visible(url) + "' has " + (Character.isWhitespace(c)
                        ? "a space or line break" : "a control character") + " at position " + (i + 1) + fix);
            }
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw badBaseUrl("baseUrl '" + url + "' is not a URL (" + e.getReason() + ")" + fix);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw badBaseUrl("baseUrl '" + url + "' " + (scheme.isEmpty() ? "has no scheme"
                    : "has the scheme '" + scheme + ":'") + fix);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw badBaseUrl("baseUrl '" + url + "' has no host" + fix);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw badBaseUrl("baseUrl '" + url + "' has a query or a fragment (after '?' or '#'),"
                    + " which page addresses cannot follow" + fix);
        }
        return url;
    }

    /** A site id as a URN may hold it: Maven's ids are letters, digits and {@code _.-:} already; anything else is a hyphen. */
    private static String urnText(String id) {
        return id.strip().replaceAll("[^A-Za-z0-9_.:-]", "-");
    }

    private static PaperDigestException badBaseUrl(String message) {
        return new PaperDigestException(message, null, Setting.BASE_URL);
    }

    /** The sentence-embedding model papers are compared with; empty for {@code lexical}. */
    public Optional<SentenceModel> sentenceModel() {
        if (similarity.equals(LEXICAL)) {
            return Optional.empty();
        }
        return Optional.of(similarity.equals(SEMANTIC) ? SentenceModel.DEFAULT : SentenceModel.byId(similarity).orElseThrow());
    }

    /**
     * A configuration with defaults for everything but the two folders: the taxonomy is {@code taxonomy.yml}
     * among the digests, the build is strict, and the project folder is the deepest folder that holds both the
     * digests and the output (for a Maven project, its base folder).
     */
    public static Builder builder(Path digestDirectory, Path outputDirectory) {
        return new Builder(digestDirectory, outputDirectory);
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder(digestDirectory, outputDirectory);
        b.siteTitle = siteTitle;
        b.baseUrl = baseUrl.orElse(null);
        b.templateDirectory = templateDirectory.orElse(null);
        b.taxonomyFile = taxonomyFile.orElse(null);
        b.strict = strict;
        b.timestamp = timestamp.orElse(null);
        b.taxonomyReport = taxonomyReport;
        b.similarity = similarity;
        b.embeddingCache = embeddingCache.orElse(null);
        b.allowEmptySite = allowEmptySite;
        b.projectSite = projectSite.orElse(null);
        b.projectDirectory = projectDirectory;
        b.allowExternalLinks = allowExternalLinks;
        b.lockTimeout = lockTimeout;
        b.siteId = siteId.orElse(null);
        b.publishedSite = publishedSite.orElse(null);
        return b;
    }

    /** Collects the settings of a build; {@code null} stands for "not set" wherever a setting is optional. */
    public static final class Builder {
        private final Path digestDirectory;
        private final Path outputDirectory;
        private String siteTitle = "Paper Digest";
        private String baseUrl;
        private Path templateDirectory;
        private Path taxonomyFile;
        private boolean strict = true;
        private Instant timestamp;
        private boolean taxonomyReport;
        private String similarity = SEMANTIC;
        private Path embeddingCache;
        private boolean allowEmptySite;
        private ProjectSite projectSite;
        private Path projectDirectory;
        private boolean allowExternalLinks;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private String siteId;
        private Path publishedSite;

        private Builder(Path digestDirectory, Path outputDirectory) {
            this.digestDirectory = Objects.requireNonNull(digestDirectory, "digestDirectory");
            this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
            this.taxonomyFile = digestDirectory.resolve("taxonomy.yml");
        }

        public Builder siteTitle(String title) {
            this.siteTitle = title;
            return this;
        }

        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        public Builder templateDirectory(Path dir) {
            this.templateDirectory = dir;
            return this;
        }

        public Builder taxonomyFile(Path file) {
            this.taxonomyFile = file;
            return this;
        }

        public Builder strict(boolean strictMode) {
            this.strict = strictMode;
            return this;
        }

        public Builder timestamp(Instant instant) {
            this.timestamp = instant;
            return this;
        }

        public Builder taxonomyReport(boolean report) {
            this.taxonomyReport = report;
            return this;
        }

        /** {@code semantic}, {@code lexical} or a model id; null or blank for the default, {@code semantic}. */
        public Builder similarity(String choice) {
            this.similarity = choice;
            return this;
        }

        /** The folder embeddings are kept in between builds; null keeps none. */
        public Builder embeddingCache(Path folder) {
            this.embeddingCache = folder;
            return this;
        }

        public Builder allowEmptySite(boolean allow) {
            this.allowEmptySite = allow;
            return this;
        }

        /** The project's site, named {@code name}, whose home page is {@code href} from the paper site's root. */
        public Builder projectSite(String name, String href) {
            this.projectSite = name == null || href == null ? null : new ProjectSite(name, href);
            return this;
        }

        public Builder projectDirectory(Path dir) {
            this.projectDirectory = dir;
            return this;
        }

        public Builder allowExternalLinks(boolean allow) {
            this.allowExternalLinks = allow;
            return this;
        }

        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        public Builder siteId(String id) {
            this.siteId = id;
            return this;
        }

        /** A copy of the site as published, to tell the addresses this build drops from; null: the output folder's. */
        public Builder publishedSite(Path folder) {
            this.publishedSite = folder;
            return this;
        }

        public BuildConfig build() {
            return new BuildConfig(digestDirectory, outputDirectory, siteTitle, Optional.ofNullable(baseUrl),
                    Optional.ofNullable(templateDirectory), Optional.ofNullable(taxonomyFile), strict,
                    Optional.ofNullable(timestamp), taxonomyReport, similarity, Optional.ofNullable(embeddingCache),
                    allowEmptySite, Optional.ofNullable(projectSite),
                    projectDirectory != null ? projectDirectory : commonFolder(digestDirectory, outputDirectory),
                    allowExternalLinks, lockTimeout, Optional.ofNullable(siteId), Optional.ofNullable(publishedSite));
        }

        private static Path commonFolder(Path a, Path b) {
            Path common = a.toAbsolutePath().normalize();
            Path other = b.toAbsolutePath().normalize();
            while (common != null && !other.startsWith(common)) {
                common = common.getParent();
            }
            return common != null ? common : other.getRoot() != null ? other.getRoot() : other;
        }
    }
}
