package io.github.paperdigest.digest;

import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownBlock.Kind;
import io.github.paperdigest.markup.MarkdownOutline;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which blocks of a Markdown digest are papers (a table with a column of titles, a list of papers, a linked heading),
 * and so what each heading is: a paper, a section over papers, or neither. A heading's role depends on every block of
 * the file (the level at which its papers are written, whether the digest is generated, what lies under the heading),
 * so the blocks are all looked at once, before any paper is read.
 */
final class PaperBlocks {

    /** In a generated digest, a paragraph under a level-2 heading this long is an abstract, not a blurb. */
    private static final int ABSTRACT_WORDS = 25;

    /** What a heading is. */
    enum Role {
        LINKED_PAPER, SECTION, PAPER_HEADING,
        /** A level-2 heading over a list of linked items that no shape reads as papers, and no abstract. */
        UNREAD_LIST_SECTION, OTHER
    }

    private final List<MarkdownBlock> blocks;
    private final BlockLines lines;
    private final MarkdownOutline outline;
    private final MarkdownHeadings headings;
    private final PaperLinks paperLinks;
    private final ListItems listItems;

    private final Map<Integer, TablePapers> tables = new HashMap<>();
    /** The labelled lines of paragraphs, by block, see {@link #paragraphFields}. */
    private final Map<Integer, List<LabelledLines.Field>> paragraphFields = new HashMap<>();
    private final Map<Integer, List<ListItems.Item>> lists = new HashMap<>();
    /** Lists not read as papers although some of their items are clearly papers: said, see {@link UnreadPapers}. */
    private final Map<Integer, ListItemCounts> listsWithPapers = new HashMap<>();
    private final boolean[] paperBlock;
    /** Tables that link to papers, whether or not they have a column of titles: their heading is a section. */
    private final boolean[] linkingTable;
    /** Headings that lead with a link to a page that is not known to be a paper's (a project page, GitHub). */
    private final boolean[] otherLinkedHeading;
    private final int[] papersBefore;
    /** The level of the headings that are papers, see {@link #paperLevel(List)}. */
    private final int paperLevel;

    PaperBlocks(List<MarkdownBlock> blocks, BlockLines lines, MarkdownOutline outline, MarkdownHeadings headings,
            PaperLinks paperLinks, ListItems listItems) {
        this.blocks = blocks;
        this.lines = lines;
        this.outline = outline;
        this.headings = headings;
        this.paperLinks = paperLinks;
        this.listItems = listItems;
        this.paperBlock = new boolean[blocks.size()];
        this.linkingTable = new boolean[blocks.size()];
        this.otherLinkedHeading = new boolean[blocks.size()];
        this.papersBefore = new int[blocks.size() + 1];
        this.paperLevel = paperLevel(blocks);
        findPaperBlocks();
    }

    int paperLevel() {
        return paperLevel;
    }

    boolean isPaper(int block) {
        return paperBlock[block];
    }

    /** Whether the block is a heading that leads with a link to a page not known to be a paper's. */
    boolean isOtherLinkedHeading(int block) {
        return otherLinkedHeading[block];
    }

    /** The tables, by block, whether or not they have a column of titles. */
    Map<Integer, TablePapers> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The lists read as papers, by block. */
    Map<Integer, List<ListItems.Item>> paperLists() {
        return Collections.unmodifiableMap(lists);
    }

    Map<Integer, ListItemCounts> listsWithPapers() {
        return Collections.unmodifiableMap(listsWithPapers);
    }

    /** The list that makes the heading at {@code heading} a {@link Role#UNREAD_LIST_SECTION}. */
    int unreadPaperListUnder(int heading) {
        return unreadPaperList(heading + 1, nextHeading(heading + 1, 6));
    }

    /**
     * The level of the headings that are papers: {@code ##}, as documented, unless the {@code ##} headings read as
     * sections (none opens with a paper's metadata list, none has a paragraph of its own) and most headings of a
     * deeper level open with a metadata list ("- arxiv: 2401.09414"), as a reading log writes "### Title" under
     * "## Week 1"; or several {@code #} headings do, with no {@code ##} heading. A {@code ##} paper's own "### Links"
     * over a metadata list is no paper: that {@code ##} has its abstract.
     */
    private static int paperLevel(List<MarkdownBlock> blocks) {
        int[] opening = new int[7];
        int[] headings = new int[7];
        boolean[] prose = new boolean[7];
        int level = 0;
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == Kind.HEADING) {
                level = b.level();
                headings[level]++;
                if (i + 1 < blocks.size() && opensWithMetadata(blocks.get(i + 1))) {
                    opening[level]++;
                }
            } else if (b.kind() == Kind.PARAGRAPH && level > 0) {
                prose[level] = true;
            }
        }
        for (int deeper = 2; deeper <= 6; deeper++) {
            if (opening[deeper] > 0) {
                return deeper == 2 || opening[deeper] * 2 > headings[deeper] ? deeper : 2;
            }
            if (prose[deeper]) {
                return 2;
            }
        }
        return opening[1] >= 2 && headings[2] == 0 ? 1 : 2;
    }

    private static boolean opensWithMetadata(MarkdownBlock next) {
        return next.kind() == Kind.BULLET_LIST && MarkdownDigestReader.isMetadata(next)
                && MarkdownDigestReader.holdsAKnownKey(next);
    }

    private void findPaperBlocks() {
        // a digest of documented papers (a heading, its abstract) keeps them when one of them is written in labels
        boolean plainProse = plainProseAtPaperLevel();
        Set<Integer> linkedPaperLevels = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == Kind.TABLE) {
                TablePapers table = TablePapers.of(MarkdownTable.of(lines.of(b), b.line()), outline);
                tables.put(i, table);
                paperBlock[i] = table.hasTitleColumn();
                linkingTable[i] = paperLinks.count(b) > 0;
            } else if (isList(b)) {
                List<ListItems.Item> items = listItems.of(b);
                ListItemCounts counts = items == null ? null : listItems.counts(items);
                if (counts != null && counts.readsAsPapers()) {
                    lists.put(i, items);
                    paperBlock[i] = true;
                } else if (counts != null && counts.papers() > 0
                        && !(b.kind() == Kind.BULLET_LIST && MarkdownDigestReader.isMetadata(b))) {
                    listsWithPapers.put(i, counts);
                }
            } else if (b.kind() == Kind.HEADING && (headings.isLinkedHeading(b)
                    || (b.level() != paperLevel || !plainProse) && labelledPaperBody(i + 1))) {
                paperBlock[i] = true;
                linkedPaperLevels.add(b.level());
            } else if (b.kind() == Kind.HEADING && headings.leadsWithHttpLink(b)) {
                otherLinkedHeading[i] = true;
            }
        }
        // A heading linked to a project page, a repository or any other page is a paper when the digest's other
        // papers are linked headings of its level, or when its body has the shape of a linked heading's: the
        // link says where to read it, not whether it is a paper.
        for (int i = 0; i < blocks.size(); i++) {
            if (otherLinkedHeading[i]) {
                paperBlock[i] = linkedPaperLevels.contains(blocks.get(i).level()) || linkedHeadingBody(i + 1);
            }
            papersBefore[i + 1] = papersBefore[i] + (paperBlock[i] ? 1 : 0);
        }
    }

    /**
     * Whether the blocks from {@code from} to the next heading read as a linked heading's body: an italic author
     * line first, or an "Abstract:" or "Authors:" line, or an "Abstract" sub-heading.
     */
    private boolean linkedHeadingBody(int from) {
        for (int j = from; j < blocks.size(); j++) {
            MarkdownBlock b = blocks.get(j);
            if (b.kind() == Kind.HEADING) {
                LabelledLines.Label label = LabelledLines.label(b.text().replaceAll("^[^\\p{L}]+", ""));
                return b.level() > blocks.get(from - 1).level() && label == LabelledLines.Label.ABSTRACT;
            }
            if (b.kind() != Kind.PARAGRAPH) {
                continue;
            }
            List<String> raw = lines.of(b);
            if (j == from && raw.size() == 1 && LinkedHeadingPapers.ITALIC_LINE.matcher(raw.get(0)).matches()) {
                return true;
            }
            for (LabelledLines.Field f : paragraphFields(j)) {
                if (f.label() == LabelledLines.Label.ABSTRACT || f.label() == LabelledLines.Label.AUTHORS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a heading at the paper level has a paragraph no label starts: an abstract as documented. */
    private boolean plainProseAtPaperLevel() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() != Kind.HEADING || blocks.get(i).level() != paperLevel) {
                continue;
            }
            for (int j = i + 1; j < blocks.size() && blocks.get(j).kind() != Kind.HEADING; j++) {
                if (blocks.get(j).kind() == Kind.PARAGRAPH
                        && paragraphFields(j).stream().anyMatch(f -> f.label() == null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the blocks from {@code from} to the next heading give a paper in labelled lines, both its authors and its
     * abstract ("**Authors**: …", "**Abstract**: …"), as tools generate a digest under headings that link nowhere
     * ("# Title", then the labelled lines, then "---"): the labels say the heading is a paper's title.
     */
    private boolean labelledPaperBody(int from) {
        boolean authors = false;
        boolean abstractText = false;
        for (int j = from; j < blocks.size() && blocks.get(j).kind() != Kind.HEADING; j++) {
            if (blocks.get(j).kind() != Kind.PARAGRAPH) {
                continue;
            }
            for (LabelledLines.Field f : paragraphFields(j)) {
                authors |= f.label() == LabelledLines.Label.AUTHORS;
                abstractText |= f.label() == LabelledLines.Label.ABSTRACT;
            }
        }
        return authors && abstractText;
    }

    /**
     * The labelled lines of the paragraph at {@code block}, read once: the three questions asked of a heading's body
     * (a linked heading's, a labelled paper's, prose at the paper level) read the same paragraphs.
     */
    private List<LabelledLines.Field> paragraphFields(int block) {
        return paragraphFields.computeIfAbsent(block,
                j -> LabelledLines.of(lines.of(blocks.get(j)), blocks.get(j).line(), false));
    }

    private boolean generated() {
        return papersBefore[blocks.size()] > 0;
    }

    private boolean anyLinkingTable(int from, int to) {
        for (int i = from; i < to; i++) {
            if (linkingTable[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean anyPaperBlock(int from, int to) {
        return from < to && papersBefore[to] - papersBefore[from] > 0;
    }

    private static boolean isList(MarkdownBlock b) {
        return b.kind() == Kind.BULLET_LIST || b.kind() == Kind.OTHER && !b.html().startsWith("<pre");
    }

    /** The block's index of the next heading at or above {@code level} (any heading when level is 6), or the end. */
    private int nextHeading(int from, int level) {
        for (int i = from; i < blocks.size(); i++) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == Kind.HEADING && b.level() <= level) {
                return i;
            }
        }
        return blocks.size();
    }

    Role role(int i) {
        MarkdownBlock h = blocks.get(i);
        int ownEnd = nextHeading(i + 1, 6);
        int scopeEnd = nextHeading(i + 1, h.level());
        boolean papersInOwnBody = anyPaperBlock(i + 1, ownEnd);
        if (paperBlock[i] && !papersInOwnBody) {
            return Role.LINKED_PAPER;
        }
        if (papersInOwnBody || anyLinkingTable(i + 1, ownEnd)) {
            return Role.SECTION;
        }
        if (h.level() == paperLevel && looksLikeAPaper(i + 1, ownEnd)) {
            return Role.PAPER_HEADING;
        }
        if (h.level() == paperLevel && unreadPaperList(i + 1, ownEnd) >= 0) {
            return Role.UNREAD_LIST_SECTION;
        }
        if (anyPaperBlock(i + 1, scopeEnd)) {
            return Role.SECTION;
        }
        if (h.level() < paperLevel && paperLevel > 2 && headingAt(paperLevel, i + 1, scopeEnd)) {
            return Role.SECTION; // "## Week 1" over "### Title"s
        }
        return h.level() == paperLevel && !generated() ? Role.PAPER_HEADING : Role.OTHER;
    }

    /**
     * The first list from {@code from} to {@code to} that links to papers and is no metadata list, when no paragraph
     * is there: the heading over it holds a list of papers in a shape not read, not a paper lacking its abstract.
     */
    private int unreadPaperList(int from, int to) {
        int list = -1;
        for (int i = from; i < to; i++) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == Kind.PARAGRAPH) {
                return -1;
            }
            if (list < 0 && isList(b) && paperLinks.count(b) > 0
                    && !(b.kind() == Kind.BULLET_LIST && MarkdownDigestReader.isMetadata(b))) {
                list = i;
            }
        }
        return list;
    }

    /** Whether a heading of {@code level} is among the blocks from {@code from} to {@code to}. */
    private boolean headingAt(int level, int from, int to) {
        for (int i = from; i < to; i++) {
            if (blocks.get(i).kind() == Kind.HEADING && blocks.get(i).level() == level) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a paper-level heading's body reads as a paper of the recommended layout: any paragraph in a digest of
     * that layout; in a generated digest, where "## Contributing" and "## Statistics" are page furniture, a
     * paragraph of abstract length or a metadata list.
     */
    private boolean looksLikeAPaper(int from, int to) {
        for (int i = from; i < to; i++) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == Kind.PARAGRAPH && (!generated() || b.text().split("\\s+").length >= ABSTRACT_WORDS)) {
                return true;
            }
            if (b.kind() == Kind.BULLET_LIST && generated() && !b.items().isEmpty() && b.items().stream()
                    .allMatch(item -> item.text().matches("(?is)(arxiv|doi|url|paper|pdf|code)\\s*:.*"))) {
                return true;
            }
        }
        return false;
    }

    /** A linked paper's body: up to the next heading at or above its level, or the next paper heading of any level. */
    int linkedPaperEnd(int i) {
        int level = blocks.get(i).level();
        for (int j = i + 1; j < blocks.size(); j++) {
            MarkdownBlock b = blocks.get(j);
            if (b.kind() == Kind.HEADING && (b.level() <= level || paperBlock[j])) {
                return j;
            }
        }
        return blocks.size();
    }

    /**
     * A paper heading's body: up to the next level-2 heading, as in the recommended layout (where a level-1
     * heading between papers is part of the note); in a generated digest also up to a heading of papers.
     */
    int paperHeadingEnd(int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            MarkdownBlock b = blocks.get(j);
            if (b.kind() == Kind.HEADING && (b.level() == paperLevel || paperLevel > 2 && b.level() < paperLevel
                    || generated() && (b.level() == 1 || paperBlock[j]))) {
                return j;
            }
        }
        return blocks.size();
    }
}
