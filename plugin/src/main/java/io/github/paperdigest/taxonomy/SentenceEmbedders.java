package io.github.paperdigest.taxonomy;

/**
 * Where a build gets the model it embeds with. The engine's default loads a model for each build; tests share one
 * loaded model between builds.
 */
public interface SentenceEmbedders {

    SentenceEmbedder embedder(SentenceModel model);
}
