package io.github.paperdigest.engine;

import io.github.paperdigest.taxonomy.OnnxSentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceEmbedders;
import io.github.paperdigest.taxonomy.SentenceModel;
import java.util.EnumMap;
import java.util.Map;

/** The models one build uses, each loaded when first needed and released when the build ends. */
final class LoadedModels implements SentenceEmbedders, AutoCloseable {

    private final Map<SentenceModel, OnnxSentenceEmbedder> models = new EnumMap<>(SentenceModel.class);

    @Override
    public synchronized SentenceEmbedder embedder(SentenceModel model) {
        return models.computeIfAbsent(model, OnnxSentenceEmbedder::new);
    }

    @Override
    public synchronized void close() {
        models.values().forEach(OnnxSentenceEmbedder::close);
        models.clear();
    }
}
