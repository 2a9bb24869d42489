package io.github.paperdigest.testing;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.taxonomy.PaperEmbedding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Embeds papers into an embedding cache folder in a JVM of its own, with a slow {@link CountingModel}, so that a test
 * can stop it halfway as Ctrl-C does. Arguments: the cache folder, the number of papers, the milliseconds each text takes. Prints
 * "EMBEDDED n" after each text, and "DONE" at the end.
 */
public final class EmbeddingInAnotherProcess {

    public static final String MODEL_KEY = "slow@1";

    private EmbeddingInAnotherProcess() {
    }

    public static void main(String[] args) {
        Path cache = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long millis = Long.parseLong(args[2]);
        CountingModel slow = new CountingModel(MODEL_KEY, Duration.ofMillis(millis),
                n -> System.out.println("EMBEDDED " + n));
        new PaperEmbedding(slow, new EmbeddingCacheFolder(cache, System.err::println), 2, p -> { }).embed(papers(count));
        System.out.println("DONE");
    }

    /** The papers embedded: "Paper i", about topic i. */
    public static List<Paper> papers(int count) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = "Paper " + i;
            papers.add(new Paper(PaperId.ofTitle(title), "paper-" + i, title, "About topic " + i + ".", false,
                    Optional.empty(), List.of(), Optional.empty(), List.<Link>of(), List.of(), Optional.empty(),
                    new TreeMap<>(), List.of(), List.of()));
        }
        return papers;
    }
}
