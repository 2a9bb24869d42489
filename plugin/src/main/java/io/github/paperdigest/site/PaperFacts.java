package io.github.paperdigest.site;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Facts about a paper that several pages show, each found in one place: where it is read, where its PDF and code
 * are.
 */
public final class PaperFacts {

    private PaperFacts() {
    }

    public static Optional<String> arxivAbsUrl(Paper p) {
        return p.arxivId().map(id -> "https://arxiv.org/abs/" + id);
    }

    /** The paper's PDF: a PDF link of its record (not one its abstract cites), else arXiv's. */
    public static Optional<String> pdfUrl(Paper p) {
        return link(p, LinkKind.PDF).or(() -> p.arxivId().map(PaperFacts::arxivPdfUrl));
    }

    public static String arxivPdfUrl(String arxivId) {
        return "https://arxiv.org/pdf/" + arxivId;
    }

    public static Optional<String> codeUrl(Paper p) {
        return link(p, LinkKind.CODE);
    }

    /**
     * Where the paper is read: its arXiv abstract page, else the first link of its record to its page or its DOI; never
     * an address its abstract cites, which may be another paper's.
     */
    public static Optional<String> readUrl(Paper p) {
        return arxivAbsUrl(p).or(() -> ownLinks(p).filter(l -> l.kind().isThePaper()).map(Link::url).findFirst());
    }

    /** The links its digests give as the paper's, without the addresses its text only cites. */
    public static Stream<Link> ownLinks(Paper p) {
        return p.links().stream().filter(Link::own);
    }

    /** The first of the paper's own links of a kind (an address its text cites is none: see {@link #ownLinks}). */
    private static Optional<String> link(Paper p, LinkKind kind) {
        return ownLinks(p).filter(l -> l.kind() == kind).map(Link::url).findFirst();
    }
}
