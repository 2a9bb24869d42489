package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.WrittenCitationKey;
import java.util.Optional;
import java.util.function.Function;

/**
 * Two papers whose curators wrote one citation key, case aside: {@code kept} has it on the site and {@code other} is
 * cited by {@code given}, a made key (see {@link CitationKeys}). A curator who cites the key in a paper of their own
 * cites whichever paper their library means, so the build says which one the site's entry is.
 */
record CitationKeyClash(Paper kept, Paper other, String given) {

    /** The warning, each paper named by its title and, where {@code origin} knows it, the file and line that list it. */
    String message(Function<PaperId, Optional<String>> origin) {
        String keptKey = WrittenCitationKey.of(kept.extra()).orElseThrow();
        String otherKey = WrittenCitationKey.of(other.extra()).orElseThrow();
        String key = keptKey.equals(otherKey) ? "the citation key " + keptKey
                : "one citation key, " + keptKey + " and " + otherKey + " (BibTeX tells keys apart without case)";
        return "Two papers are written with " + key + ": " + named(kept, origin) + " keeps it, being the paper that"
                + " came out (or was listed) first, and " + named(other, origin) + " is cited as " + given
                + " on the site. Give one of them another key.";
    }

    private static String named(Paper paper, Function<PaperId, Optional<String>> origin) {
        return "\"" + paper.title() + "\"" + origin.apply(paper.id()).map(o -> " (" + o + ")").orElse("");
    }
}
