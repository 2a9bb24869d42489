package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site of a few papers has no hub that would hold them all, and its pages say why rather than show none. */
class TinySiteTest {

    @TempDir
    Path work;

    @Test
    void threePapersHaveNoDerivedHubAndTheHubIndexSaysWhy() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-06.md"), """
                # Week 1

                ## Vlogger: Make Your Dream A Vlog

                We present Vlogger, a system that generates a minute-level video blog from a user description.

                ## StoryTeller: Long Video Description

                We describe long videos with consistent character identities across scenes.

                ## Phenaki: Variable Length Video Generation

                We generate videos of variable length from a sequence of open-domain text prompts.
                """);
        Logged log = new Logged();
        new SiteBuilder(log).build(BuildConfig.builder(digests, work.resolve("site")).similarity(BuildConfig.LEXICAL)
                .build());

        assertTrue(log.has("and 0 topic hubs (no derived hub: a derived hub leaves out a quarter of the papers at least"),
                log.toString());
        Document hubs = Jsoup.parse(work.resolve("site/hubs.html").toFile());
        assertEquals(0, hubs.select("main .hub-card").size());
        assertTrue(hubs.selectFirst("main .page-head p").text().startsWith("No topic hub yet"),
                hubs.selectFirst("main .page-head").text());
    }
}
