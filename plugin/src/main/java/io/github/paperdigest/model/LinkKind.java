package io.github.paperdigest.model;

/** What a link in a paper's record points at; decides its label and its place in the "Links" block. */
public enum LinkKind {
    /** The paper's own page on a site: arXiv, OpenReview, a publisher's, a proceedings'. */
    PAPER("Paper"),
    /** A DOI's address (doi.org, dx.doi.org), which resolves to the paper: labelled as what it is. */
    DOI("DOI"),
    PDF("PDF"),
    CODE("Code"),
    PROJECT("Project page"),
    DATASET("Dataset"),
    MODEL("Model"),
    DEMO("Demo"),
    VIDEO("Video"),
    OTHER("Link");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the link leads to the paper itself, to be read there: its own page or its DOI, not a file of it. */
    public boolean isThePaper() {
        return this == PAPER || this == DOI;
    }

    /** Whether the link leads to a paper, to be read or downloaded: its page, its DOI or its PDF. */
    public boolean leadsToAPaper() {
        return isThePaper() || this == PDF;
    }
}
