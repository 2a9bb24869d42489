package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Crawlers read robots.txt at a host's root alone: a site published there gets one that names its sitemap; a site in
 * a folder of its host (where {@code mvn site} and GitHub Pages put it) gets none, which no crawler would read.
 */
class SitemapWriterTest {

    @Test
    void aSiteAtItsHostsRootHasARobotsTxtNamingItsSitemap() {
        SitemapWriter root = new SitemapWriter("https://papers.lab.example.org/");
        assertTrue(root.atHostRoot());
        assertTrue(new SitemapWriter("https://papers.lab.example.org").atHostRoot());
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://papers.lab.example.org/sitemap.xml\n",
                new String(root.robots("sitemap.xml"), StandardCharsets.UTF_8));
    }

    @Test
    void aSiteInAFolderOfItsHostIsNotAtItsRoot() {
        assertFalse(new SitemapWriter("https://lab.github.io/papers-repo/papers/").atHostRoot());
        assertFalse(new SitemapWriter("https://lab.github.io/papers").atHostRoot());
    }
}
