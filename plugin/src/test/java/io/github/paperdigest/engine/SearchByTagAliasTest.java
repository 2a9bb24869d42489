package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.testing.SiteSearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag is found by its aliases of one word, not by the words of a longer one ("video diffusion model" would make
 * every query for "model" find the tag). A Chinese or Japanese alias is one word as written though search splits it
 * into pairs of characters: counted as several words, "视频生成" was dropped and no longer found its tag.
 */
class SearchByTagAliasTest {

    @TempDir
    Path work;

    @Test
    void aTagsAliasesOfOneWordAsWrittenAreSearchedChineseOnesToo() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-01-24-reading-group.md"), """
                ## Vlogger: Make Your Dream A Vlog

                - arxiv: 2401.09414
                - tags: video generation

                We present a generic system that generates a minute-level video blog from a user's description.
                """);
        Path taxonomy = Files.writeString(work.resolve("taxonomy.yml"), """
                tags:
                  - id: video-generation
                    label: Video generation
                    aliases: [视频生成, テキスト動画生成, video diffusion model, T2V, Gen-2]
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL)
                .taxonomyFile(taxonomy).build());

        JsonNode tag = null;
        for (JsonNode t : SiteSearchIndex.of(site).root().get("tags")) {
            tag = t.get(0).asText().equals("video-generation") ? t : tag;
        }
        // "Gen-2" (Runway's model) is one word beside a digit, as "GPT-4" and "Llama 2" are
        assertEquals("视频生成 テキスト動画生成 T2V Gen-2", tag.get(3).asText());
    }
}
