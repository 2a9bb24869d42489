package io.github.paperdigest.site;

import java.util.List;

/**
 * A BibTeX file of the site: the papers a page lists, for a reference manager. Each paper has one, and so do
 * each tag, hub, digest and author page and the whole site.
 *
 * @param path    where the file lives, relative to the site root ("tag/video-generation.bib")
 * @param title   what it holds, for the comment at its top
 * @param entries in the order of the page's list
 */
public record Bibliography(String path, String title, List<Citation> entries) {

    public Bibliography {
        entries = List.copyOf(entries);
    }
}
