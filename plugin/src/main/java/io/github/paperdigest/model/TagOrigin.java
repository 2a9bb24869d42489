package io.github.paperdigest.model;

/** Where a tag comes from, most trusted first. */
public enum TagOrigin {
    /** Written by a person in a digest or in taxonomy.yml. */
    WRITTEN,
    /** From the vocabulary (built in or declared). */
    VOCABULARY,
    /** Found in the corpus by statistics. */
    KEYPHRASE
}
