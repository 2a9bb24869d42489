package io.github.paperdigest.site;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a site needs to know beyond its papers.
 *
 * @param baseUrl   the absolute URL the site is published at, ending in '/'; only for canonical links,
 *                  feeds and the sitemap, never for links between pages
 * @param timestamp the build's fixed date (Maven's project.build.outputTimestamp), for feeds; never
 *                  the clock, so that two builds give the same bytes
 */
public record SiteSettings(String title, Optional<String> baseUrl, String language, Optional<Instant> timestamp,
        String generator) {

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").map(u -> u.endsWith("/") ? u : u + "/");
        language = language == null || language.isBlank() ? "en" : language;
        timestamp = Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(generator, "generator");
    }
}
