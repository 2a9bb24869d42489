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
 * @param parentSite the site the paper site belongs to (a project's Maven site), which every page links back to
 */
public record SiteSettings(String title, Optional<String> baseUrl, String language, Optional<Instant> timestamp,
        String generator, Optional<ParentSite> parentSite, Optional<String> siteId) {

    /** A site the paper site is part of: its name, and its home page relative to the paper site's root. */
    public record ParentSite(String name, String href) {
        public ParentSite {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(href, "href");
        }
    }

    /** Settings of a paper site that stands alone. */
    public SiteSettings(String title, Optional<String> baseUrl, String language, Optional<Instant> timestamp,
            String generator) {
        this(title, baseUrl, language, timestamp, generator, Optional.empty(), Optional.empty());
    }

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").map(u -> u.endsWith("/") ? u : u + "/");
        language = language == null || language.isBlank() ? "en" : language;
        timestamp = Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(generator, "generator");
        parentSite = Objects.requireNonNull(parentSite, "parentSite");
        siteId = Objects.requireNonNull(siteId, "siteId");
    }
}
