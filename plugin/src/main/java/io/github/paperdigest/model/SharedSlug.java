package io.github.paperdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * A slug that the titles of two papers or more would each give their page: none of them is given it (each has a
 * slug of its own, fingerprinted by its id), and its address lists them all. Which paper was read first decides
 * nothing, so that an address someone shared or cited never comes to show another paper than the one it showed;
 * at worst it comes to list it beside the others.
 *
 * @param slug   the slug they share, as each title alone would have it
 * @param papers the papers whose titles give it, two or more, in id order
 */
public record SharedSlug(String slug, List<PaperId> papers) {

    public SharedSlug {
        Objects.requireNonNull(slug, "slug");
        papers = papers.stream().sorted().toList();
        if (papers.size() < 2) {
            throw new IllegalArgumentException("a slug shared by " + papers.size() + " papers: " + slug);
        }
    }
}
