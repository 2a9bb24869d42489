package io.github.paperdigest.digest;

import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.TextFolding;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reference manager's record (BibTeX, RIS, CSL JSON, or a spreadsheet's row that gives an item type, as Zotero's
 * CSV does) says of the work it cites, as evidence that two records of one title are two works when no identifier
 * tells: its authors, its years of publication and its kind of publication. A reading list's or a feed's authors
 * ("Zhuang et al.") and dates (the day a table's row was discussed, the day a paper was last updated) are no such
 * evidence, and entries of those formats give none.
 *
 * @param authors the authors, as the record names them (never empty)
 * @param years   the years the record gives, possibly none
 * @param kind    the kind of publication in words ({@link EntryTypes}), or empty
 */
record CitedWork(List<String> authors, Set<Integer> years, String kind) {

    /** The formats whose records are a reference manager's. */
    private static final Set<String> REFERENCE_MANAGERS = Set.of("bibtex", "ris", "csl-json");
    private static final Set<String> BOOKS = Set.of("Book", "Edited book");
    private static final Set<String> PAPERS = Set.of(EntryTypes.JOURNAL_ARTICLE, EntryTypes.CONFERENCE_PAPER,
            EntryTypes.PREPRINT);

    /** What the entry says of its work, when it is a reference manager's record that names its authors. */
    static Optional<CitedWork> of(PaperEntry entry, String format) {
        String kind = entry.extra().getOrDefault("type", "");
        boolean record = REFERENCE_MANAGERS.contains(format) || format.equals("csv") && !kind.isEmpty();
        if (entry.authors().isEmpty() || !record) {
            return Optional.empty();
        }
        Set<Integer> years = new TreeSet<>();
        GivenDate.of(entry, "").forEach(d -> years.add(d.year()));
        return Optional.of(new CitedWork(entry.authors(), years, kind));
    }

    /**
     * What says that this record and another cite two works, or empty when nothing does: a book and a paper (a
     * journal article, a conference paper or a preprint), or authors of whom none is the other's and years that
     * differ. One paper's records disagree on details (a preprint's year and its proceedings', an author list cut
     * short), never on all of its authors and its year together.
     */
    Optional<String> apart(CitedWork other) {
        if (isBook() && other.isPaper() || isPaper() && other.isBook()) {
            return Optional.of("a " + kind.toLowerCase(java.util.Locale.ROOT) + " by " + authors.get(0) + " and a "
                    + other.kind.toLowerCase(java.util.Locale.ROOT) + " by " + other.authors.get(0));
        }
        if (!years.isEmpty() && !other.years.isEmpty() && years.stream().noneMatch(other.years::contains)
                && !sharesAnAuthor(authors, other.authors)) {
            return Optional.of("by " + authors.get(0) + " in " + years.iterator().next() + " and by "
                    + other.authors.get(0) + " in " + other.years.iterator().next() + ", no author in common");
        }
        return Optional.empty();
    }

    private boolean isBook() {
        return BOOKS.contains(kind);
    }

    private boolean isPaper() {
        return PAPERS.contains(kind);
    }

    /**
     * True when a name is in both lists, by its words, case and accents ignored, so that "Zhuang, Shaobin" and
     * "Shaobin Zhuang" are one author; a given name shared by chance only errs towards one paper.
     */
    static boolean sharesAnAuthor(List<String> a, List<String> b) {
        Set<String> words = new HashSet<>();
        a.forEach(name -> words.addAll(TextFolding.words(name)));
        return b.stream().flatMap(name -> TextFolding.words(name).stream()).anyMatch(words::contains);
    }
}
