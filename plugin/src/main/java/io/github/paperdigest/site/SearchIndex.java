package io.github.paperdigest.site;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the browser searches: every paper with what a result shows and what filters need, and which
 * papers each word occurs in. Decided here; written out as a script by the renderer. Papers are
 * referred to by their position in {@link #papers}, tags, hubs and digests by theirs in their lists.
 *
 * @param papers    newest first, so that among equally good results the newest comes first
 * @param tags      every tag a paper carries, in id order
 * @param hubs      in the taxonomy's order
 * @param digests   newest first
 * @param words     every word of the titles and abstracts, in {@link String#compareTo} order, which is
 *                  JavaScript's order of strings too, so that the browser can find prefixes by bisection
 * @param stopwords the words the index leaves out, which queries must drop as well
 */
public record SearchIndex(List<Entry> papers, List<Facet> tags, List<Facet> hubs, List<Facet> digests,
        List<IndexedWord> words, SortedSet<String> stopwords) {

    public SearchIndex {
        papers = List.copyOf(papers);
        tags = List.copyOf(tags);
        hubs = List.copyOf(hubs);
        digests = List.copyOf(digests);
        words = List.copyOf(words);
        stopwords = Collections.unmodifiableSortedSet(new TreeSet<>(stopwords));
    }

    /**
     * A paper as search shows and filters it.
     *
     * @param path    its page, from the site root
     * @param tags    positions in {@link SearchIndex#tags}, most specific first
     * @param hubs    positions in {@link SearchIndex#hubs}
     * @param digests positions in {@link SearchIndex#digests}
     */
    public record Entry(String title, String path, Optional<LocalDate> date, List<Integer> tags, List<Integer> hubs,
            List<Integer> digests) {
        public Entry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(path, "path");
            tags = List.copyOf(tags);
            hubs = List.copyOf(hubs);
            digests = List.copyOf(digests);
        }
    }

    /**
     * A tag, hub or digest to filter by: the id its URL parameter holds, its name, its page, and other names
     * a query may use for it (a tag's aliases).
     */
    public record Facet(String id, String label, String path, List<String> aliases) {
        public Facet {
            aliases = List.copyOf(aliases);
        }

        public Facet(String id, String label, String path) {
            this(id, label, path, List.of());
        }
    }

    /** A word and the papers it occurs in, in paper order. */
    public record IndexedWord(String word, List<Occurrence> occurrences) {
        public IndexedWord {
            occurrences = List.copyOf(occurrences);
        }
    }

    /** A paper a word occurs in, and whether it is in the title (else only in the abstract). */
    public record Occurrence(int paper, boolean inTitle) {
    }
}
