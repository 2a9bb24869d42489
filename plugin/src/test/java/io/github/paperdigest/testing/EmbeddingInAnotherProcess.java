package io.github.paperdigest.testing;

import io.github.paperdigest.output.EmbeddingCacheFolder;
import io.github.paperdigest.taxonomy.PaperEmbedding;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Embeds {@link Papers#numbered} papers into an embedding cache folder in a JVM of its own, with a slow
 * {@link CountingModel}, so that a test can stop it halfway as Ctrl-C does. Arguments: the cache folder, the number of
 * papers, the milliseconds each text takes. Prints "EMBEDDED n" after each text, and "DONE" at the end.
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
        new PaperEmbedding(slow, new EmbeddingCacheFolder(cache, System.err::println), 2, p -> { })
                .embed(Papers.numbered(count));
        System.out.println("DONE");
    }
}
