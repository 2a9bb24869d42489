package io.github.paperdigest.model;

/** What a link in a paper's record points at; decides its label and its place in the "Links" block. */
public enum LinkKind {
    PAPER("Paper"),
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
}
