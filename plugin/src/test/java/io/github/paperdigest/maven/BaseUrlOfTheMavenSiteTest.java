package io.github.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A baseUrl that is the project's {@code <url>} (the Maven site's address) rather than the paper site's, in its folder
 * under it: the canonical link of the paper site's home page was the Maven site's index.html, and nothing said so.
 */
class BaseUrlOfTheMavenSiteTest {

    @Test
    void theProjectsOwnUrlIsToldWithTheAddressOfThePaperSite() {
        assertEquals(Optional.of("baseUrl https://example.github.io/rg/ is the project's <url>, where the Maven site is"
                        + " published; the paper site is its folder papers/, so canonical links, feeds and the sitemap"
                        + " would give its pages the Maven site's addresses. Set baseUrl to"
                        + " https://example.github.io/rg/papers/ (or leave it as it is if the paper site alone is"
                        + " published at https://example.github.io/rg/)"),
                PaperDigestMojo.baseUrlOfTheMavenSite("https://example.github.io/rg/", "https://example.github.io/rg/",
                        "papers"));
    }

    @Test
    void aTrailingSlashOnEitherSideMakesNoDifference() {
        assertEquals(true, PaperDigestMojo.baseUrlOfTheMavenSite("https://example.github.io/rg",
                "https://example.github.io/rg/", "library").orElseThrow().contains("https://example.github.io/rg/library/"));
        assertEquals(true, PaperDigestMojo.baseUrlOfTheMavenSite("https://example.github.io/rg/",
                "https://example.github.io/rg", "papers").isPresent());
    }

    @Test
    void thePaperSitesOwnAddressOrNoProjectUrlIsNoMistake() {
        assertEquals(Optional.empty(), PaperDigestMojo.baseUrlOfTheMavenSite("https://example.github.io/rg/papers/",
                "https://example.github.io/rg/", "papers"));
        assertEquals(Optional.empty(), PaperDigestMojo.baseUrlOfTheMavenSite("https://example.github.io/rg/", null,
                "papers"));
        assertEquals(Optional.empty(), PaperDigestMojo.baseUrlOfTheMavenSite(null, "https://example.github.io/rg/",
                "papers"));
    }
}
