package io.github.paperdigest.site;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import java.util.Locale;
import java.util.Optional;

/**
 * Facts about a paper that several pages show, each found in one place: where it appeared, its DOI, where its
 * PDF and code are. The venue and the DOI come from the digest's extra fields ("venue", "doi") until the model
 * carries them as fields of their own.
 */
public final class PaperFacts {

    private PaperFacts() {
    }

    public static Optional<String> venue(Paper p) {
        return extra(p, "venue");
    }

    public static Optional<String> doi(Paper p) {
        return extra(p, "doi").map(d -> d.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", ""));
    }

    public static Optional<String> arxivAbsUrl(Paper p) {
        return p.arxivId().map(id -> "https://arxiv.org/abs/" + id);
    }

    /** The paper's PDF: a PDF link of its record, else arXiv's. */
    public static Optional<String> pdfUrl(Paper p) {
        return link(p, LinkKind.PDF).or(() -> p.arxivId().map(id -> "https://arxiv.org/pdf/" + id));
    }

    public static Optional<String> codeUrl(Paper p) {
        return link(p, LinkKind.CODE);
    }

    /** Where the paper is read: its arXiv abstract page, else its own page. */
    public static Optional<String> readUrl(Paper p) {
        return arxivAbsUrl(p).or(() -> link(p, LinkKind.PAPER));
    }

    public static Optional<String> link(Paper p, LinkKind kind) {
        return p.links().stream().filter(l -> l.kind() == kind).map(Link::url).findFirst();
    }

    private static Optional<String> extra(Paper p, String key) {
        for (var e : p.extra().entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key) && !e.getValue().isBlank()) {
                return Optional.of(e.getValue().strip());
            }
        }
        return Optional.empty();
    }
}
