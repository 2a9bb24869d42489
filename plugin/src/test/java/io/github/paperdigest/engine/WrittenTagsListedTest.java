package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag a person wrote is in the tag index and has a feed, even on a single paper, also when it names a term of the
 * vocabulary and is shown as that term's tag: "flow matching" written on one paper is listed as "Flow matching".
 */
class WrittenTagsListedTest {

    @TempDir
    Path work;

    @Test
    void aWrittenTagThatNamesAVocabularyTermIsListedOnASinglePaper() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-14-week-11.md"), """
                ## Flow Matching for Generative Modeling

                - arxiv: 2210.02747
                - tags: flow matching, optimal transport paths

                We introduce a new paradigm for generative modeling built on Continuous Normalizing Flows.

                ## Scalable Diffusion Models with Transformers

                - arxiv: 2212.09748

                We explore a new class of diffusion models based on the transformer architecture.
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());

        List<String> listed = SiteFiles.parse(site, "tags.html").select("main a[href^=tag/]").eachText();
        assertTrue(listed.stream().anyMatch(t -> t.startsWith("Flow matching")), "the vocabulary's term: " + listed);
        assertTrue(listed.stream().anyMatch(t -> t.startsWith("Optimal transport paths")), "a tag of one's own: " + listed);
        assertTrue(Files.isRegularFile(site.resolve("tag/flow-matching.xml")), "its feed");
        assertEquals("Flow matching", SiteFiles.parse(site, "tag/flow-matching.html").selectFirst("h1").text());
        assertFalse(listed.stream().anyMatch(t -> t.startsWith("Transformers")),
                "a tag found by the plugin on a single paper stays on that paper's page: " + listed);
    }
}
