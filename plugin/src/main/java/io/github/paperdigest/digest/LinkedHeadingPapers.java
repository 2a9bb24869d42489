package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownBlock.Kind;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The papers of a Markdown digest written as linked headings, as generated digests write them: a heading of any
 * level that carries a linked title ("### [3] [Title](https://arxiv.org/abs/...)"), then an author line, labelled
 * lines ("**Authors**: …", "Code: https://…") and an "Abstract:" paragraph or sub-heading. What under the heading
 * is no field of the paper's goes to its note, so that nothing the curator wrote there is lost.
 */
final class LinkedHeadingPapers {

    /** An author line in italics under a linked heading ("*A. Author, B. Author*"). */
    static final Pattern ITALIC_LINE = Pattern.compile("^\\s*(?:\\*([^*].*[^*\\s])\\*|_([^_].*[^_\\s])_)\\s*$");
    /** Words of a "Link:" line of links alone ("[PDF](…) | [Code](…)"); more is a sentence, kept as the note. */
    private static final int LINK_WORDS = 4;
    private static final Pattern AWESOME_BADGE = Pattern.compile(
            "(?i)^https?://(?:www\\.)?github\\.com/sindresorhus/awesome(?:[/#?]|$)");
    /** Fewer words than this is not an abstract in a linked heading's body: an arXiv announcement line, a score. */
    private static final int MIN_ABSTRACT_WORDS = 12;

    private final DigestSource source;
    private final DigestProblems problems;
    private final BlockLines lines;
    private final MarkdownOutline outline;
    private final LinkClassifier classifier;
    private final OwnLinks ownLinks;
    private final MarkdownHeadings headings;
    private final PapersRead papers;

    LinkedHeadingPapers(DigestSource source, DigestProblems problems, BlockLines lines, MarkdownOutline outline,
            LinkClassifier classifier, OwnLinks ownLinks, MarkdownHeadings headings, PapersRead papers) {
        this.source = source;
        this.problems = problems;
        this.lines = lines;
        this.outline = outline;
        this.classifier = classifier;
        this.ownLinks = ownLinks;
        this.headings = headings;
        this.papers = papers;
    }

    /** Reads the paper of a linked heading and the blocks under it, in the digest section {@code section}. */
    void read(MarkdownBlock heading, List<MarkdownBlock> body, String section) {
        EntryDraft draft = new EntryDraft(source.name(), heading.line(), problems);
        draft.abstractOptional();
        draft.section(section);
        String markdown = headings.withoutNumbering(heading);
        MarkdownBlock.Inline inline = outline.inline(markdown);
        draft.title(inline.leadingText().isEmpty() ? inline.text() : inline.leadingText());
        // the Awesome badge beside an awesome list's title links to the list of awesome lists, not to the paper's code
        inline.urls().stream().filter(u -> !AWESOME_BADGE.matcher(u).find())
                .forEach(u -> draft.link(null, u, classifier));
        papers.count("linked headings", 1);

        List<LabelledLines.Field> fields = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        LabelledLines.Label pendingLabel = null;
        boolean authorsSeen = false;
        // names written plainly are believed under a title linked to a paper (arXiv, a DOI), not a project page
        boolean linkedToAPaper = headings.isLinkedHeading(heading);
        for (MarkdownBlock b : body) {
            switch (b.kind()) {
                case HEADING -> {
                    // "#### Abstract" names what the next paragraph is; other sub-headings go with the note
                    LabelledLines.Label label = LabelledLines.label(b.text().replaceAll("^[^\\p{L}]+", ""));
                    // "#### Links" heads the curator's prose about other pages, not a field of the paper's own links
                    label = label == LabelledLines.Label.LINK ? null : label;
                    pendingLabel = label;
                    if (label == null) {
                        MarkdownDigestReader.appendHtml(note, b.html());
                    }
                }
                case PARAGRAPH, HTML, BULLET_LIST -> {
                    List<String> raw = lines.of(b);
                    if (!authorsSeen && b.kind() == Kind.PARAGRAPH && raw.size() == 1) {
                        Matcher italic = ITALIC_LINE.matcher(raw.get(0));
                        if (italic.matches()) {
                            draft.authors(outline.inline(italic.group(1) != null ? italic.group(1) : italic.group(2)).text());
                            authorsSeen = true;
                            continue;
                        }
                        if (b == body.get(0) && linkedToAPaper && NamesAndVenue.isAuthorLine(raw.get(0))) {
                            draft.authors(raw.get(0).strip()); // as daily trackers write it, in no italics
                            authorsSeen = true;
                            continue;
                        }
                    }
                    if (!authorsSeen && b == body.get(0) && linkedToAPaper && b.kind() == Kind.HTML) {
                        // a survey's README: '<div><p><a href="…">Zhen Xing</a>, Qijun Feng, …</p></div>' under it
                        Optional<String> names = AuthorBlock.names(b.html());
                        if (names.isPresent()) {
                            draft.authors(names.get());
                            authorsSeen = true;
                            continue;
                        }
                    }
                    for (LabelledLines.Field f : LabelledLines.of(raw, b.line(), b.kind() == Kind.HTML)) {
                        if (f.label() == null && pendingLabel != null) {
                            f = new LabelledLines.Field(pendingLabel, pendingLabel.name().toLowerCase(Locale.ROOT),
                                    f.markdown(), f.line());
                            pendingLabel = null;
                        }
                        fields.add(f);
                    }
                }
                case BLOCK_QUOTE, TABLE -> MarkdownDigestReader.appendHtml(note, b.html());
                case OTHER -> {
                    // "---" ends a paper, as generated digests set them apart
                    if (!b.html().strip().startsWith("<hr")) {
                        MarkdownDigestReader.appendHtml(note, b.html());
                    }
                }
                default -> MarkdownDigestReader.appendHtml(note, b.html());
            }
        }
        String abstractText = fields(draft, fields, note);
        draft.abstractText(abstractText);
        draft.noteHtml(note.toString());
        papers.build(draft);
    }

    /** Puts each field where it belongs; returns the abstract: the labelled one, else the longest plain paragraph. */
    private String fields(EntryDraft draft, List<LabelledLines.Field> fields, StringBuilder note) {
        String labelledAbstract = null;
        String summary = null;
        List<String> plain = new ArrayList<>();
        for (LabelledLines.Field f : fields) {
            MarkdownBlock.Inline value = outline.inline(f.markdown());
            if (f.label() == null) {
                plain.add(f.markdown());
                labelledLinks(draft, value, f.line());
                continue;
            }
            switch (f.label()) {
                case ABSTRACT -> {
                    if (labelledAbstract == null && !Scripts.differ(draft.title(), value.text())) {
                        labelledAbstract = value.text();
                    } else {
                        noteLine(note, f.name(), f.markdown());
                    }
                }
                case SUMMARY -> summary = summary == null ? value.text() : summary;
                case AUTHORS -> draft.authors(value.text());
                case CATEGORY -> PaperRecords.categories(List.of(value.text().split("[\\s,;]+")), draft);
                case DATE -> draft.published(value.text());
                case NOTE -> noteLine(note, f.name(), f.markdown());
                case COMMENTS -> draft.extra("comment", value.text());
                case DOI -> draft.doi(value.urls().isEmpty() ? value.text() : value.urls().get(0));
                case PDF -> linkOrText(draft, LinkKind.PDF, value);
                case LINK -> {
                    // "**Link**: [PDF](…)": of the kind its address says; a sentence with links goes to the note
                    if (value.text().strip().split("\\s+").length <= LINK_WORDS) {
                        linkOrText(draft, null, value);
                    } else {
                        noteLine(note, f.name(), f.markdown());
                    }
                }
                case CODE -> linkOrText(draft, LinkKind.CODE, value);
                case PROJECT -> linkOrText(draft, LinkKind.PROJECT, value);
                case ARXIV -> {
                    draft.arxivId(value.text().split("\\s+")[0]);
                    value.urls().forEach(u -> draft.link(null, u, classifier));
                }
                case VENUE -> draft.venue(value.text());
                case TAGS -> draft.tags(value.text());
                default -> draft.extra(f.name().toLowerCase(Locale.ROOT), value.text());
            }
        }
        String chosen = labelledAbstract != null ? labelledAbstract
                : summary != null && !Scripts.differ(draft.title(), summary) ? summary : null;
        String longest = null;
        for (String p : plain) {
            String text = outline.inline(p).text();
            if (chosen == null && longest == null && text.split("\\s+").length >= MIN_ABSTRACT_WORDS
                    && !Scripts.differ(draft.title(), text)) {
                longest = text;
            } else {
                MarkdownDigestReader.appendHtml(note, outline.html(p));
            }
        }
        if (summary != null && chosen != summary) {
            noteLine(note, "Summary", summary);
        }
        return chosen != null ? chosen : longest != null ? longest : "";
    }

    /**
     * The links of a plain paragraph under a linked heading that say they are the paper's ("[[Paper](…)]", "arXiv:
     * https://…"); the others are what its text is about, and stay in its abstract or note.
     */
    private void labelledLinks(EntryDraft draft, MarkdownBlock.Inline value, int line) {
        draft.fieldLine(line);
        ownLinks.written(value.text(), false).stream().filter(OwnLinks.Address::own)
                .forEach(a -> draft.link(null, a.url(), classifier));
        value.anchors().stream().filter(a -> OwnLinks.labelled(a, draft.title()))
                .forEach(a -> draft.link(null, a.url(), classifier));
        draft.fieldLine(draft.line());
    }

    private void linkOrText(EntryDraft draft, LinkKind kind, MarkdownBlock.Inline value) {
        if (value.urls().isEmpty()) {
            draft.link(kind, value.text(), classifier);
        } else {
            value.urls().forEach(u -> draft.link(kind, u, classifier));
        }
    }

    private void noteLine(StringBuilder note, String label, String markdown) {
        MarkdownDigestReader.appendHtml(note, outline.html("**" + label.replace("*", "") + ":** " + markdown));
    }
}
