package io.github.paperdigest.testing;

import io.github.paperdigest.taxonomy.OnnxSentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceEmbedders;
import io.github.paperdigest.taxonomy.SentenceModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence-embedding models of the test JVM, each loaded once and shared by every site the tests build, with
 * every text's vector remembered: tests build hundreds of small sites with the default (semantic) similarity, and
 * loading the model for each would cost more than the rest of the suite. Since a model gives the same vector for a
 * text on every call, remembering them changes no site.
 */
public final class SharedModels implements SentenceEmbedders {

    public static final SharedModels INSTANCE = new SharedModels();

    private final Map<SentenceModel, SentenceEmbedder> models = new ConcurrentHashMap<>();

    private SharedModels() {
    }

    @Override
    public SentenceEmbedder embedder(SentenceModel model) {
        return models.computeIfAbsent(model, m -> new Remembering(new OnnxSentenceEmbedder(m)));
    }

    /** A model whose vectors are kept by text. */
    private static final class Remembering implements SentenceEmbedder {
        private final SentenceEmbedder model;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

        Remembering(SentenceEmbedder model) {
            this.model = model;
        }

        @Override
        public String modelKey() {
            return model.modelKey();
        }

        @Override
        public int dimensions() {
            return model.dimensions();
        }

        @Override
        public float[] embed(String text) {
            return vectors.computeIfAbsent(text, model::embed).clone();
        }
    }
}
