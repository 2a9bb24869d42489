package io.github.paperdigest.digest;

import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.model.ArxivIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the layout of a Markdown digest could not read, said: papers linked from blocks that no shape read, a heading
 * that leads with a link but is no paper, a list of papers in no shape understood. A paper must never vanish from the
 * site without a word, so each report names the line and how to write it instead.
 */
final class UnreadPapers {

    private final DigestSource source;
    private final DigestProblems problems;
    private final MarkdownHeadings headings;
    private final PaperLinks paperLinks;
    private final PapersRead papers;
    /** The arXiv ids linked from blocks no shape read, each with the line of the first such block. */
    private final Map<String, Integer> unreadPaperLinks = new LinkedHashMap<>();
    private int listsWithPapersSeen;
    /** The line of the first list with papers left unnamed, past the first {@link DigestException#LISTED}. */
    private int firstListUnnamed;

    UnreadPapers(DigestSource source, DigestProblems problems, MarkdownHeadings headings, PaperLinks paperLinks,
            PapersRead papers) {
        this.source = source;
        this.problems = problems;
        this.headings = headings;
        this.paperLinks = paperLinks;
        this.papers = papers;
    }

    /** Remembers the arXiv papers a block links to that no shape read, for {@link #checkPaperLinks()}. */
    void remember(MarkdownBlock b) {
        for (String url : b.urls()) {
            ArxivIds.fromUrl(url).ifPresent(id -> unreadPaperLinks.putIfAbsent(id, b.line()));
        }
    }

    /**
     * Far fewer papers than links to papers: the file links to papers that no shape read. A digest read the
     * wrong way must not become a site with no word said.
     */
    void checkPaperLinks() {
        Set<String> read = papers.arxivIds();
        List<Map.Entry<String, Integer>> missed = unreadPaperLinks.entrySet().stream()
                .filter(e -> !read.contains(e.getKey())).toList();
        if (missed.size() >= 3 && missed.size() > papers.size()) {
            problems.report(source.name(), missed.get(0).getValue(), "links to " + missed.size() + " arXiv papers that"
                    + " were not read as papers (" + papers.size() + " read): the file's layout is not one the plugin"
                    + " understands; " + MarkdownLayout.SHAPES_UNDERSTOOD);
        }
    }

    /**
     * A heading that leads with a link, as a paper of a generated digest does, but that no shape reads as one:
     * said, for a paper must never vanish from the site without a word.
     */
    void linkedHeading(MarkdownBlock h) {
        problems.report(source.name(), h.line(), "the heading \"" + PlainTextDigestReader.abbreviate(h.text())
                + "\" links to " + h.urls().get(0) + " but is not read as a paper: a linked heading is one when"
                + " an italic author line ('*A. Author, B. Author*') or an 'Abstract:' line follows it, or when"
                + " the digest's other papers are linked headings of its level; if it is no paper, take the link"
                + " out of the heading");
    }

    /**
     * A heading over a list that links to papers, whose items no shape reads: said as that, for the heading is no
     * paper of the recommended layout that lacks its abstract, and telling the curator to write one would mislead.
     */
    void paperListUnder(MarkdownBlock heading, MarkdownBlock list) {
        problems.report(source.name(), list.line(), "the list under \"" + PlainTextDigestReader.abbreviate(
                headings.sectionTitle(heading)) + "\" links to " + paperLinks.count(list) + " papers, but its items are"
                + " in no shape read as papers; write each as '- **Title** [[paper](url)]' or '- [Title](url) - Authors."
                + " Venue, year.'; " + MarkdownLayout.SHAPES_UNDERSTOOD);
    }

    /**
     * A list whose items are not mostly papers, some of which clearly are: not read as papers, for its other items
     * would become papers too, and said, for those papers must not vanish without a word. As many lists are named as a
     * strict build's failure lists problems; {@link #moreListsWithPapers} counts the others.
     */
    void listWithPapers(MarkdownBlock list, ListItemCounts counts) {
        if (++listsWithPapersSeen > DigestException.LISTED) {
            firstListUnnamed = firstListUnnamed > 0 ? firstListUnnamed : list.line();
            return;
        }
        problems.warn(source.name(), list.line(), "a list of " + counts.items() + " items is not read as papers, though "
                + (counts.papers() == 1 ? "1 of them looks like a paper" : counts.papers() + " of them look like papers")
                + " (a link of their own to a paper's page, such as arXiv's or a DOI, or a title and an abstract): "
                + counts.whyNotPapers() + "; write one paper per item, its title first as a link or in bold ('- [Title](url) - Authors. Venue,"
                + " year.' or '- **Title** [[paper](url)]'), and move the other items to a list of their own");
    }

    void moreListsWithPapers() {
        int more = listsWithPapersSeen - DigestException.LISTED;
        if (more > 0) {
            problems.warn(source.name(), firstListUnnamed, "and " + more + " more lists that hold papers are not read as"
                    + " papers, from this line on; write them as the first " + DigestException.LISTED + " are said to be");
        }
    }
}
