package io.github.paperdigest.taxonomy;

import java.util.List;

/**
 * A term the corpus itself suggests as a tag: a recurring multi-word phrase, a method or dataset name,
 * or an acronym with the phrase it stands for.
 *
 * @param key      the normalised phrase, the tag's identity
 * @param label    the phrase as most often written
 * @param variants other ways of writing the same term, as written (an acronym and its expansion)
 * @param papers   how many papers use it
 */
public record Keyphrase(String key, String label, List<String> variants, int papers) {

    public Keyphrase {
        variants = List.copyOf(variants);
    }
}
