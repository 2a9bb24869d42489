package io.github.paperdigest.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The authors of a paper whose names are to be taken whole, not split into given and family names: an organisation
 * such as "Google DeepMind", which a bibliography would otherwise print as "G. DeepMind". Only some digests can say
 * so, CSL JSON with a {@code literal} name and BibTeX with a name in one brace group ({@code {Google DeepMind}});
 * the others give a name and nothing more. Kept beside the list of names, not in it, so that everything that shows
 * or indexes a name (author pages, search, feeds, exports) sees the same strings as before: only the BibTeX writer
 * and the citation key ask.
 */
public final class LiteralAuthors {

    public static final SortedSet<String> NONE = Collections.emptySortedSet();

    private LiteralAuthors() {
    }

    /** The names of {@code literal} that are among {@code authors}, sorted, unmodifiable. */
    public static SortedSet<String> of(List<String> authors, Collection<String> literal) {
        if (literal.isEmpty()) {
            return NONE;
        }
        TreeSet<String> kept = new TreeSet<>(literal);
        kept.retainAll(authors);
        return kept.isEmpty() ? NONE : Collections.unmodifiableSortedSet(kept);
    }
}
