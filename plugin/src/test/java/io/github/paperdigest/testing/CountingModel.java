package io.github.paperdigest.testing;

import io.github.paperdigest.taxonomy.SentenceEmbedder;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A sentence model for tests: it counts its calls, and its vector says which text it saw ({@link #vectorOf}). It may
 * take its time over each text, and tell how many it has embedded after each.
 */
public class CountingModel implements SentenceEmbedder {

    public final AtomicInteger calls = new AtomicInteger();
    private final String key;
    private final Duration each;
    private final IntConsumer embedded;

    /** A quick model, "counting@1". */
    public CountingModel() {
        this("counting@1", Duration.ZERO, n -> { });
    }

    /** @param embedded told the number of texts embedded so far, after each */
    public CountingModel(String key, Duration each, IntConsumer embedded) {
        this.key = key;
        this.each = each;
        this.embedded = embedded;
    }

    /** The vector this model gives a text: its length and its hash. */
    public static float[] vectorOf(String text) {
        return new float[] {text.length(), text.hashCode()};
    }

    @Override
    public String modelKey() {
        return key;
    }

    @Override
    public int dimensions() {
        return 2;
    }

    @Override
    public float[] embed(String text) {
        if (!each.isZero()) {
            pause();
        }
        float[] vector = vectorOf(text);
        embedded.accept(calls.incrementAndGet());
        return vector;
    }

    private void pause() {
        try {
            Thread.sleep(each.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
