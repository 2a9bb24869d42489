package io.github.paperdigest.taxonomy;

import java.util.Map;
import java.util.Set;

/**
 * Where vectors of texts embedded before are kept between builds, keyed by the model's key and the hash of the
 * exact text (see {@link PaperEmbedding#keyOf(String)}). A store never fails a build: what it cannot read it
 * reports and leaves out, so that those texts are embedded again.
 */
public interface EmbeddingStore {

    /** Those of the wanted vectors the store holds, by text key. */
    Map<String, float[]> load(String modelKey, int dimensions, Set<String> keys);

    /** Keeps the given vectors for later builds. */
    void save(String modelKey, int dimensions, Map<String, float[]> vectors);

    /** A store that keeps nothing: every build embeds every paper. */
    static EmbeddingStore none() {
        return new EmbeddingStore() {
            @Override
            public Map<String, float[]> load(String modelKey, int dimensions, Set<String> keys) {
                return Map.of();
            }

            @Override
            public void save(String modelKey, int dimensions, Map<String, float[]> vectors) {
            }
        };
    }
}
