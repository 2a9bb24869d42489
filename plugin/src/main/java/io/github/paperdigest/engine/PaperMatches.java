package io.github.paperdigest.engine;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.output.PreviousPapers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This build's papers by what tells a paper of the previous site apart whatever its title: its arXiv id, its DOI, else
 * its authors and abstract together (a corrected title leaves them as they were). Indexed when first asked.
 */
final class PaperMatches {
    private final Corpus corpus;
    private Map<String, Paper> byArxiv;
    private Map<String, Paper> byDoi;
    private Map<String, Paper> byContent;

    PaperMatches(Corpus corpus) {
        this.corpus = corpus;
    }

    Optional<Paper> of(PreviousPapers.Paper before) {
        if (byArxiv == null) {
            index();
        }
        Optional<Paper> found = before.arxiv().map(byArxiv::get);
        if (found.isEmpty()) {
            found = before.doi().map(d -> byDoi.get(d.toLowerCase(Locale.ROOT)));
        }
        if (found.isEmpty()) {
            found = before.content().map(byContent::get);
        }
        return found;
    }

    private void index() {
        byArxiv = new HashMap<>();
        byDoi = new HashMap<>();
        byContent = new HashMap<>();
        Set<String> sharedContent = new HashSet<>();
        for (Paper p : corpus.papers()) {
            p.arxivId().ifPresent(a -> byArxiv.putIfAbsent(a, p));
            p.doi().ifPresent(d -> byDoi.putIfAbsent(d.toLowerCase(Locale.ROOT), p));
            if (!p.abstractText().isBlank() && !p.authors().isEmpty()) {
                String key = PreviousPapers.contentKey(p.authors(), p.abstractText());
                if (byContent.putIfAbsent(key, p) != null) {
                    sharedContent.add(key);
                }
            }
        }
        // two papers of one text are told apart by nothing this can see
        byContent.keySet().removeAll(sharedContent);
    }
}
