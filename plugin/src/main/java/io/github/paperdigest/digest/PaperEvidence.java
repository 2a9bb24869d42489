package io.github.paperdigest.digest;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a plain-text or Markdown file that gave papers shows anything of papers at all. Both layouts are only a title
 * over a paragraph, so a {@code todo.txt} ("Shopping" over "Milk, eggs and bread.") or a folder's {@code README.md}
 * ("## How to contribute" over its advice) reads as papers and would be published as them. A digest almost always
 * says more: an identifier, a link, authors, a date, tags, or abstracts of a paper's length (or cut from one); and a digest a curator
 * writes by hand is usually dated, in its name or its front matter. A file with none of these is the ambiguous case,
 * which a build stops on (strict) or leaves out (lenient), saying what it read and the two ways out.
 */
final class PaperEvidence {

    private static final Set<String> PROSE_FORMATS = Set.of("text", "markdown");
    /**
     * Shorter than an abstract: real ones run from a hundred words up, and a plain-text digest takes a paragraph this
     * long for an abstract whatever it ends with.
     */
    static final int ABSTRACT_WORDS = PlainTextDigestReader.MIN_ABSTRACT_WORDS;
    private static final int TITLES_SHOWN = 3;

    private PaperEvidence() {
    }

    /** Why the digest's papers may be notes instead, or empty when the file shows them to be papers. */
    static Optional<String> lackingIn(DigestFile digest) {
        if (!PROSE_FORMATS.contains(digest.format()) || digest.entries().isEmpty() || isMarkedAsDigest(digest)) {
            return Optional.empty();
        }
        List<PaperEntry> entries = digest.entries();
        if (entries.stream().anyMatch(PaperEvidence::saysMoreThanText)) {
            return Optional.empty();
        }
        long withAbstracts = entries.stream().filter(e -> Paragraph.hasWords(e.abstractText(), ABSTRACT_WORDS)).count();
        if (withAbstracts * 2 > entries.size()) {
            return Optional.empty();
        }
        return Optional.of(message(digest));
    }

    /**
     * A date (in the file's name, its front matter or its heading), a source, the digest's own tags, or, in plain text,
     * the heading of a copied "Daily Papers" page (the only title a plain-text digest has).
     */
    private static boolean isMarkedAsDigest(DigestFile digest) {
        return digest.date().isPresent() || digest.sourceUrl().isPresent() || !digest.tags().isEmpty()
                || digest.format().equals("text") && digest.title().isPresent();
    }

    private static boolean saysMoreThanText(PaperEntry entry) {
        return entry.arxivId().isPresent() || entry.doi().isPresent() || !entry.authors().isEmpty()
                || entry.published().isPresent() || entry.venue().isPresent() || !entry.links().isEmpty()
                || !entry.tags().isEmpty() || entry.abstractTruncated();
    }

    private static String message(DigestFile digest) {
        List<PaperEntry> entries = digest.entries();
        String titles = entries.stream().limit(TITLES_SHOWN)
                .map(e -> "\"" + PlainTextDigestReader.abbreviate(e.title()) + "\" (line " + e.line() + ")")
                .collect(Collectors.joining(", "));
        String fileName = digest.sourceName().substring(digest.sourceName().lastIndexOf('/') + 1);
        String more = entries.size() > TITLES_SHOWN ? " and " + (entries.size() - TITLES_SHOWN) + " more" : "";
        return "read as " + entries.size() + (entries.size() == 1 ? " paper, " : " papers, ") + titles + more
                + ", but nothing in the file marks them as papers: no arXiv id, DOI, link, author, date or tag, half or"
                + " more of the abstracts under " + ABSTRACT_WORDS + " words, and no date for the digest; it looks like notes,"
                + " not a digest."
                + " If it is not a digest, move it out of the digest folder (or start its name with a dot); if it is,"
                + " date it in its name (as 2025-01-24-" + fileName + ")"
                + (digest.format().equals("markdown") ? " or its front matter (date: 2025-01-24)" : "")
                + " or give its papers a link, an arXiv id or their authors";
    }
}
