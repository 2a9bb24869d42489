package io.github.paperdigest.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous site's papers.json is output anyone may have edited: what is kept of each paper is bounded, so that an
 * edited file cannot fill the heap of the build that only wants to tell its readers which addresses it drops.
 */
class PreviousPapersTest {

    @TempDir
    Path site;

    @Test
    void aPapersTitleAndDigestsAreKeptWithinBounds() throws IOException {
        String title = "t".repeat(PreviousPapers.MAX_TITLE * 5);
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < PreviousPapers.MAX_IDS * 3; i++) {
            digests.add("\"digest-" + i + "\"");
        }
        Files.writeString(site.resolve("papers.json"), "{\"papers\": [{\"slug\": \"a-paper\", \"title\": \"" + title
                + "\", \"digests\": [" + String.join(",", digests) + "]}]}");

        List<PreviousPapers.Paper> papers = PreviousPapers.read(site, message -> { });

        assertEquals(1, papers.size());
        assertEquals(PreviousPapers.MAX_TITLE, papers.get(0).title().length());
        assertEquals(PreviousPapers.MAX_IDS, papers.get(0).digests().size());
        assertEquals("digest-0", papers.get(0).digests().get(0));
    }
}
