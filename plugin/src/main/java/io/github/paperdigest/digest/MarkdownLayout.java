package io.github.paperdigest.digest;

import io.github.paperdigest.digest.PaperBlocks.Role;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownBlock.Kind;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.PaperEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the papers are in the body of one Markdown digest. Besides the recommended layout (a level-2 heading
 * per paper), generated digests put their papers in shapes of their own, wherever they appear in a file:
 * <ul>
 *   <li>tables whose rows are papers, under headings that are digest sections (one per search keyword);</li>
 *   <li>headings of any level that carry a linked title ("### [3] [Title](https://arxiv.org/abs/...)"),
 *       then an author line, labelled lines and an "Abstract:" paragraph;</li>
 *   <li>lists whose items lead with a linked or bold title ("- [Title](url) - Authors. Venue, year.").</li>
 * </ul>
 * A heading over a table or list of papers is a section, never a paper. What cannot be read with
 * confidence (a table that links to papers but has no column of titles, papers linked from text that no
 * shape explains) is a problem that names the line and the shapes understood: never silently wrong.
 *
 * <p>Which blocks are papers depends on the whole file, so it is found first ({@link PaperBlocks}); then the blocks
 * are read in order, each paper by the reader of its shape, within the section of the headings above it.
 */
final class MarkdownLayout {

    static final String SHAPES_UNDERSTOOD = "shapes understood: paper headings ('## Title', then a metadata list"
            + " and the abstract), linked headings ('### [N] [Title](url)', then authors, labelled lines and"
            + " 'Abstract:'), tables with a title or paper column, and lists of papers ('- [Title](url) - Authors."
            + " Venue, year.', '- **Title** [[paper](url)]', '- Title, **ICML, 2024** [[paper](url)]', '- (*ACL'24*)"
            + " Title [[paper](url)]', '- **Name**: \"Title\", *arXiv, Jun 2024* [[paper](url)]')";

    private final List<MarkdownBlock> blocks;
    private final PaperHeadingReader paperHeadings;
    private final MarkdownHeadings headings;
    private final PaperBlocks paperBlocks;
    private final PapersRead papers;
    private final LinkedHeadingPapers linkedHeadings;
    private final TableRows tableRows;
    private final ListPapers listPapers;
    private final UnreadPapers unread;
    /** The lists that hold papers but are not read as papers, each said once: as its own, or as its heading's. */
    private final Map<Integer, ListItemCounts> listsWithPapers;
    private final PaperHeadingLevels headingLevels = new PaperHeadingLevels();
    private final DigestSource source;
    private final DigestProblems problems;

    /** Reads a heading of the recommended layout and the blocks under it. */
    interface PaperHeadingReader {
        /** The paper under {@code heading}, in the digest section {@code section} ("" for none). */
        Optional<PaperEntry> read(MarkdownBlock heading, List<MarkdownBlock> body, String section);
    }

    /** Reads an item of a paper's metadata list ("Code: https://…", "Presenter: Alice") into the paper's draft. */
    interface PaperDetails {
        /**
         * Whether the item's text is one of a metadata list ("key: value"), which it then gives the draft; {@code
         * markdown} is the item as written, {@code url} its link's address, or null.
         */
        boolean read(EntryDraft draft, String text, String markdown, String url);
    }

    MarkdownLayout(DigestSource source, DigestProblems problems, List<String> lines, List<MarkdownBlock> blocks,
            MarkdownOutline outline, LinkFinder linkFinder, LinkClassifier classifier,
            Function<EntryDraft, Optional<PaperEntry>> build,
            PaperHeadingReader paperHeadings, PaperDetails paperDetails, List<PaperEntry> entries) {
        this.source = source;
        this.problems = problems;
        BlockLines written = new BlockLines(lines);
        OwnLinks ownLinks = new OwnLinks(linkFinder);
        PaperLinks paperLinks = new PaperLinks(classifier);
        this.blocks = blocks;
        this.paperHeadings = paperHeadings;
        this.headings = new MarkdownHeadings(written, outline, classifier);
        this.paperBlocks = new PaperBlocks(blocks, written, outline, headings, paperLinks,
                new ListItems(written, outline, classifier, ownLinks, paperLinks));
        this.papers = new PapersRead(build, entries);
        this.linkedHeadings = new LinkedHeadingPapers(source, problems, written, outline, classifier, ownLinks,
                headings, papers);
        this.tableRows = new TableRows(source, problems, linkFinder, classifier, paperLinks, papers);
        this.listPapers = new ListPapers(source, problems, outline, classifier, paperDetails, papers);
        this.unread = new UnreadPapers(source, problems, headings, paperLinks, papers);
        this.listsWithPapers = new HashMap<>(paperBlocks.listsWithPapers());
    }

    /**
     * Reads the papers; blocks before the first paper that are not the title go to {@code intro}, the first
     * level-1 heading may become the title.
     */
    MarkdownDigestReader.Body read(Optional<String> title, StringBuilder intro) {
        Map<Integer, TablePapers> tables = paperBlocks.tables();
        Map<Integer, List<ListItems.Item>> lists = paperBlocks.paperLists();
        Deque<MarkdownBlock> sections = new ArrayDeque<>();
        Optional<String> digestTitle = title;
        boolean seenPaper = false;
        int i = 0;
        while (i < blocks.size()) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == Kind.HEADING) {
                while (!sections.isEmpty() && sections.peek().level() >= b.level()) {
                    sections.pop();
                }
                if (b.level() == 1 && paperBlocks.paperLevel() > 1 && digestTitle.isEmpty() && intro.isEmpty()
                        && !seenPaper && !paperBlocks.isPaper(i)) {
                    digestTitle = Optional.of(headings.title(b)).filter(t -> !t.isEmpty());
                    i++;
                    continue;
                }
                Role role = paperBlocks.role(i);
                if (role == Role.LINKED_PAPER) {
                    int end = paperBlocks.linkedPaperEnd(i);
                    linkedHeadings.read(b, blocks.subList(i + 1, end), section(sections));
                    seenPaper = true;
                    i = end;
                    continue;
                }
                if (role == Role.PAPER_HEADING) {
                    int end = paperBlocks.paperHeadingEnd(i);
                    headingLevels.paper(b, blocks.subList(i + 1, end), headings);
                    papers.add(paperHeadings.read(b, blocks.subList(i + 1, end), section(sections)));
                    papers.count("paper headings", 1);
                    seenPaper = true;
                    i = end;
                    continue;
                }
                if (role == Role.UNREAD_LIST_SECTION) {
                    int list = paperBlocks.unreadPaperListUnder(i);
                    unread.paperListUnder(b, blocks.get(list));
                    listsWithPapers.remove(list); // said once, as the section's
                }
                if (role == Role.SECTION || role == Role.UNREAD_LIST_SECTION) {
                    sections.push(b);
                    papers.section(headings.sectionTitle(b));
                } else if (paperBlocks.isOtherLinkedHeading(i)) {
                    unread.linkedHeading(b);
                }
                if (role != Role.SECTION && role != Role.UNREAD_LIST_SECTION && !seenPaper) {
                    MarkdownDigestReader.appendHtml(intro, b.html());
                }
                unread.remember(b);
            } else if (tables.containsKey(i) && paperBlocks.isPaper(i)) {
                tableRows.read(tables.get(i), section(sections));
                seenPaper = true;
            } else if (lists.containsKey(i)) {
                listPapers.read(lists.get(i), section(sections));
                seenPaper = true;
            } else {
                if (tables.containsKey(i)) {
                    tableRows.withoutTitles(b, tables.get(i));
                }
                if (listsWithPapers.containsKey(i)) {
                    unread.listWithPapers(b, listsWithPapers.get(i));
                }
                if (!seenPaper) {
                    MarkdownDigestReader.appendHtml(intro, b.html());
                }
                unread.remember(b);
            }
            i++;
        }
        unread.moreListsWithPapers();
        unread.checkPaperLinks();
        headingLevels.check(source, problems);
        return new MarkdownDigestReader.Body(digestTitle, papers.shape());
    }

    private String section(Deque<MarkdownBlock> sections) {
        return sections.isEmpty() ? "" : headings.sectionTitle(sections.peek());
    }
}
