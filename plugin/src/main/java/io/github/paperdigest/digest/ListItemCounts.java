package io.github.paperdigest.digest;

/**
 * What a Markdown list's items say of it being a list of papers. It is one when most of its items lead with a paper's
 * title and one of them links to a paper: a list that mixes papers with other items (a reading list's blog posts, an
 * awesome list's tools) is no list of papers, for reading its other items as papers would make papers of them. Its
 * items that are clearly papers are then said, never dropped without a word.
 *
 * @param items        how many items the list has
 * @param titled       how many lead with a paper's title (linked, bold, or in a shape of {@link PaperListItem}) and
 *                     give an address
 * @param linksToPaper whether an item links to a paper's page, DOI or PDF
 * @param papers       how many are clearly papers: their own link is a paper's page (arXiv's, a DOI, a publisher's),
 *                     or they give a title and an "Abstract:"
 */
record ListItemCounts(int items, int titled, boolean linksToPaper, int papers) {

    /** Of ten items, how many must lead with a paper's title for the list to be read as papers. */
    static final int TITLED_IN_TEN = 6;

    boolean readsAsPapers() {
        return linksToPaper && titled > 0 && titled * 10 >= items * TITLED_IN_TEN;
    }

    /** Why the list is not read as papers, in the words of a warning. */
    String whyNotPapers() {
        if (!linksToPaper) {
            return "none of its items links to a paper's page, DOI or PDF";
        }
        return (titled == 0 ? "none" : "only " + titled) + " of its " + items + " items lead with a paper's title, and a"
                + " list is read as papers when " + TITLED_IN_TEN + " in 10 of its items do";
    }
}
