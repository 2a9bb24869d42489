package io.github.paperdigest.taxonomy;

/**
 * Turns a text into a vector of unit length whose cosine with another text's vector says how close the two
 * are in meaning. The engine's only view of a language model: what runs it stays behind this interface.
 *
 * <p>Implementations are thread-safe and deterministic: a text gives the same floats on every call, whatever
 * the thread and whatever else is embedded at the same time, so that a vector read back from a cache is the
 * one a fresh computation would give.
 */
public interface SentenceEmbedder {

    /**
     * Names the model and everything that decides its numbers (the weights' release, the runtime's version):
     * vectors stored under one key are never read back under another.
     */
    String modelKey();

    /** The number of components of every vector. */
    int dimensions();

    float[] embed(String text);
}
