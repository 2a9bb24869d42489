package io.github.paperdigest.model;

import java.util.Objects;

/**
 * An absolute http(s) link that belongs to a paper.
 *
 * @param cited whether the paper's text only cites the address: a paper's page, PDF or DOI written out in its
 *              abstract, which may be another paper's ("builds on https://arxiv.org/abs/1706.03762"). It is listed of
 *              the kind its address says, but never taken for the paper's own address (its citation's, its PDF).
 */
public record Link(LinkKind kind, String url, boolean cited) {

    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }

    /** A link that the digest gives as the paper's. */
    public Link(LinkKind kind, String url) {
        this(kind, url, false);
    }

    /**
     * An address the paper's text writes out, of the kind its address says: cited when that kind names a paper, for
     * the text may name another paper there. A repository or a project page is the paper's ("code at https://…").
     */
    public static Link inText(LinkKind kind, String url) {
        return new Link(kind, url, kind.leadsToAPaper());
    }

    /** Whether the link may be taken for the paper's own address: given as the paper's, not only cited by its text. */
    public boolean own() {
        return !cited;
    }
}
