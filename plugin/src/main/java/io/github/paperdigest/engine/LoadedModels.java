package io.github.paperdigest.engine;

import io.github.paperdigest.taxonomy.OnnxSentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceEmbedder;
import io.github.paperdigest.taxonomy.SentenceEmbedders;
import io.github.paperdigest.taxonomy.SentenceModel;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sentence-embedding models, each loaded when first needed and kept until closed: a build that was given none
 * loads its own and closes them when it ends; a preview keeps one for all its builds (loading a model takes most of a
 * second) and gives it to its {@link SiteBuilder}.
 */
public final class LoadedModels implements SentenceEmbedders, AutoCloseable {

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
