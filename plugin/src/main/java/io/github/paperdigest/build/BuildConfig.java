package io.github.paperdigest.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs to know, independent of Maven.
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
        boolean taxonomyReport) {

    public BuildConfig {
        Objects.requireNonNull(digestDirectory, "digestDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Paper Digest" : siteTitle.strip();
        baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").filter(u -> !u.isBlank()).map(String::strip);
        templateDirectory = Objects.requireNonNull(templateDirectory, "templateDirectory");
        taxonomyFile = Objects.requireNonNull(taxonomyFile, "taxonomyFile");
        timestamp = Objects.requireNonNull(timestamp, "timestamp");
    }

    /** A configuration with defaults for everything but the two folders. */
    public static BuildConfig of(Path digestDirectory, Path outputDirectory) {
        return new BuildConfig(digestDirectory, outputDirectory, "Paper Digest", Optional.empty(), Optional.empty(),
                Optional.of(digestDirectory.resolve("taxonomy.yml")), true, Optional.empty(), false);
    }

    public BuildConfig withSiteTitle(String title) {
        return new BuildConfig(digestDirectory, outputDirectory, title, baseUrl, templateDirectory, taxonomyFile, strict,
                timestamp, taxonomyReport);
    }

    public BuildConfig withBaseUrl(String url) {
        return new BuildConfig(digestDirectory, outputDirectory, siteTitle, Optional.ofNullable(url), templateDirectory,
                taxonomyFile, strict, timestamp, taxonomyReport);
    }

    public BuildConfig withTemplateDirectory(Path dir) {
        return new BuildConfig(digestDirectory, outputDirectory, siteTitle, baseUrl, Optional.ofNullable(dir),
                taxonomyFile, strict, timestamp, taxonomyReport);
    }

    public BuildConfig withTaxonomyFile(Path file) {
        return new BuildConfig(digestDirectory, outputDirectory, siteTitle, baseUrl, templateDirectory,
                Optional.ofNullable(file), strict, timestamp, taxonomyReport);
    }

    public BuildConfig withStrict(boolean strictMode) {
        return new BuildConfig(digestDirectory, outputDirectory, siteTitle, baseUrl, templateDirectory, taxonomyFile,
                strictMode, timestamp, taxonomyReport);
    }

    public BuildConfig withTaxonomyReport(boolean report) {
        return new BuildConfig(digestDirectory, outputDirectory, siteTitle, baseUrl, templateDirectory, taxonomyFile,
                strict, timestamp, report);
    }

    public BuildConfig withTimestamp(Instant instant) {
        return new BuildConfig(digestDirectory, outputDirectory, siteTitle, baseUrl, templateDirectory, taxonomyFile,
                strict, Optional.ofNullable(instant), taxonomyReport);
    }
}
