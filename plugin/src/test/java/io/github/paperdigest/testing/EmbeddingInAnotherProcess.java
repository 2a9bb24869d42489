package io.github.paperdigest.testing;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.taxonomy.PaperEmbedding;
import io.github.paperdigest.taxonomy.SentenceEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds papers into an embedding cache folder in a JVM of its own, with a slow model, so that a test can stop it
 * halfway as Ctrl-C does. Arguments: the cache folder, the number of papers, the milliseconds each text takes. Prints
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
        new PaperEmbedding(new SlowModel(millis), new EmbeddingCacheFolder(cache, System.err::println), 2, p -> { })
                .embed(papers(count));
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

    /** The vector the slow model gives a text: its length and its hash. */
    public static float[] vectorOf(String text) {
        return new float[] {text.length(), text.hashCode()};
    }

    private static final class SlowModel implements SentenceEmbedder {
        private final long millis;
        private final AtomicInteger embedded = new AtomicInteger();

        SlowModel(long millis) {
            this.millis = millis;
        }

        @Override
        public String modelKey() {
            return MODEL_KEY;
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            float[] vector = vectorOf(text);
            System.out.println("EMBEDDED " + embedded.incrementAndGet());
            return vector;
        }
    }
}
