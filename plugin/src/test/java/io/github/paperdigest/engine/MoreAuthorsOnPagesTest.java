package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest that names only the first authors ("Bi et.al."): the paper's byline says "et al.", not one sole author. */
class MoreAuthorsOnPagesTest {

    @TempDir
    Path work;

    @Test
    void theBylineOfAPaperWhoseDigestNamesOnlyItsFirstAuthorSaysEtAl() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-03-25-tracker.md"), """
                ## NeRF

                |Publish Date|Title|Authors|PDF|Code|
                |---|---|---|---|---|
                |**2025-03-21**|**Temporal-Guided Spiking Neural Networks for Event-Based Action Recognition**|Siyuan Yang et.al.|[2503.17132](http://arxiv.org/abs/2503.17132)|null|
                |**2025-03-20**|**GazeSCRNN: Event-based Near-eye Gaze Tracking**|Stijn Groenen, Ana Lopes|[2503.16012](http://arxiv.org/abs/2503.16012)|null|
                """);
        Path site = work.resolve("site/papers");
        new SiteBuilder(new Logged()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());

        Document first = SiteFiles.parse(site,
                "paper/temporal-guided-spiking-neural-networks-for-event-based-action-recognition.html");
        assertEquals("Siyuan Yang et al.", first.selectFirst(".paper-head .authors").text());
        Document second = SiteFiles.parse(site, "paper/gazescrnn-event-based-near-eye-gaze-tracking.html");
        assertEquals(List.of("Stijn Groenen", "Ana Lopes"), second.select(".paper-head .authors .author").eachText());
        assertEquals(0, second.select(".more-authors").size());
    }
}
