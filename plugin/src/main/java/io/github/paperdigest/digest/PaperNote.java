package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.TitleKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A paper note, as researchers keep them in Obsidian, Foam, Logseq or with Zotero Integration: one Markdown file per
 * paper, whose front matter names the paper (see {@link PaperNoteFront}). The file is one paper. Its body's section
 * headed "Abstract" (any level), or its {@code > [!abstract]} callout, is the abstract; a leading {@code # Title}
 * heading is dropped; the rest is the curator's note. A body without an abstract section gives no abstract: the
 * curator's own words are never taken for the paper's. The note's file name and its front matter's aliases are the
 * names by which other notes' wikilinks name it ({@link PaperNoteNames}).
 *
 * <p>A front matter that names a paper over a body of several {@code ##} paper sections with metadata lists (the
 * digest layout) is ambiguous: it is reported with both readings, and the file is read as a digest.
 */
final class PaperNote {

    /** The shape of a paper note's digest file, by which a folder's notes are gathered into one digest. */
    static final String SHAPE = "paper note";

    private static final Pattern ABSTRACT_HEADING = Pattern.compile("(?i)abstract\\s*:?");
    /** A heading the page gives the note already ("Notes"): where the note starts with it, it is dropped. */
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)(?:my\\s+)?notes?\\s*:?");
    /** Obsidian's callout of the abstract kind, folded ("-") or not ("+"), with an optional title after it. */
    private static final Pattern ABSTRACT_CALLOUT = Pattern.compile("(?i)^\\s*>\\s*\\[!abstract][-+]?(.*)$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s{0,3}>\\s?");
    /**
     * Metadata items that make a {@code ##} section a digest's paper, not a heading of the note: of the Markdown
     * format's keys, those that name a paper (a "tags" or "date" line may head a section of a note).
     */
    private static final Set<String> PAPER_ITEM_KEYS = Set.of("arxiv", "arxiv id", "authors", "author", "doi", "paper",
            "url", "link", "abs", "pdf", "code", "github", "venue");

    private final MarkdownOutline outline;
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;

    PaperNote(MarkdownOutline outline, LinkFinder linkFinder, LinkClassifier classifier) {
        this.outline = outline;
        this.linkFinder = linkFinder;
        this.classifier = classifier;
    }

    /**
     * The file as a paper note, or empty when its front matter names no paper, or when the reading is ambiguous
     * (reported): the file is then read as a digest.
     */
    Optional<DigestFile> read(DigestSource source, DigestProblems problems, List<String> lines, FrontMatter front) {
        PaperNoteFront paper = new PaperNoteFront(front);
        if (!paper.namesPaper()) {
            return Optional.empty();
        }
        int titleLine = titleLine(lines);
        String title = PaperNoteFront.shown(paper.title(), outline);
        List<MarkdownBlock> blocks = outline.blocks(front.body(), front.bodyFirstLine());
        if (!paper.namesPaperByItself() && !hasAbstract(blocks, lines) && hasSections(blocks, title, source.baseName())) {
            return Optional.empty(); // "title" and "author" over sections are a post's: a digest, as it always was
        }
        List<MarkdownBlock> digestPapers = digestPaperHeadings(blocks);
        if (digestPapers.size() >= 2) {
            problems.report(source.name(), titleLine, "ambiguous: the front matter names a paper (its title and "
                    + keysNamed(front) + "), so the file would be one paper \"" + title + "\", while the body has "
                    + digestPapers.size() + " paper sections with metadata lists, as a digest of "
                    + digestPapers.size() + " papers: " + digestPapers.stream()
                            .map(h -> "\"" + PlainTextDigestReader.abbreviate(h.text()) + "\" (line " + h.line() + ")")
                            .collect(Collectors.joining(", "))
                    + ". For a digest, keep only title, date, source, tags and notes in the front matter; for a paper"
                    + " note, write the body without '## Title' sections over metadata lists. Read as a digest.");
            return Optional.empty();
        }
        EntryDraft draft = new EntryDraft(source.name(), titleLine, problems);
        draft.title(title);
        draft.namedByItsNote();
        draft.noteNames(source.listedName(), paper.aliases());
        paper.applyTo(draft, outline, classifier, lines);
        draft.fieldLine(titleLine);
        body(source, problems, lines, blocks, title, draft);
        Optional<LocalDate> written = paper.created(draft).or(() -> DigestDates.inText(source.baseName()));
        List<PaperEntry> entries = draft.build(linkFinder, classifier).map(List::of).orElse(List.of());
        return Optional.of(new DigestFile(source.name(), "markdown", Optional.of(title), written, Optional.empty(), "",
                List.of(), entries, SHAPE));
    }

    /** Whether the body has headings of its own, besides one that repeats the title. */
    private static boolean hasSections(List<MarkdownBlock> blocks, String title, String fileName) {
        return blocks.stream().anyMatch(b -> b.kind() == MarkdownBlock.Kind.HEADING && !isTitleHeading(b, title, fileName));
    }

    private static boolean hasAbstract(List<MarkdownBlock> blocks, List<String> lines) {
        return blocks.stream().anyMatch(b -> isAbstractHeading(b) || isAbstractCallout(b, lines));
    }

    private static boolean isAbstractHeading(MarkdownBlock b) {
        return b.kind() == MarkdownBlock.Kind.HEADING && ABSTRACT_HEADING.matcher(b.text().strip()).matches();
    }

    private static boolean isAbstractCallout(MarkdownBlock b, List<String> lines) {
        return b.kind() == MarkdownBlock.Kind.BLOCK_QUOTE && ABSTRACT_CALLOUT.matcher(line(lines, b.line())).matches();
    }

    /** Splits the body into the abstract and the note. */
    private void body(DigestSource source, DigestProblems problems, List<String> lines, List<MarkdownBlock> blocks,
            String title, EntryDraft draft) {
        int i = 0;
        if (!blocks.isEmpty() && isTitleHeading(blocks.get(0), title, source.baseName())) {
            i = 1; // the page shows the title already
        }
        int abstractLine = 0;
        List<String> abstractParts = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        while (i < blocks.size()) {
            MarkdownBlock b = blocks.get(i);
            boolean heading = isAbstractHeading(b);
            boolean callout = isAbstractCallout(b, lines);
            if ((heading || callout) && abstractLine > 0) {
                problems.report(source.name(), b.line(), "a second abstract in the paper note; the one on line "
                        + abstractLine + " is the paper's, this one is kept in the note: keep one of them");
            } else if (heading) {
                abstractLine = b.line();
                int j = i + 1;
                for (; j < blocks.size(); j++) {
                    MarkdownBlock in = blocks.get(j);
                    if (in.kind() == MarkdownBlock.Kind.HEADING && in.level() <= b.level()) {
                        break;
                    }
                    abstractParts.add(in.text());
                    in.urls().forEach(u -> draft.mention(u, classifier)); // what the abstract cites, not the paper itself
                }
                i = j;
                continue;
            } else if (callout) {
                abstractLine = b.line();
                StringBuilder inside = new StringBuilder();
                for (int n = b.line() + 1; n <= b.lastLine(); n++) {
                    inside.append(QUOTE_MARK.matcher(line(lines, n)).replaceFirst("")).append('\n');
                }
                for (MarkdownBlock in : outline.blocks(inside.toString(), b.line() + 1)) {
                    abstractParts.add(in.text());
                    in.urls().forEach(u -> draft.mention(u, classifier)); // what the abstract cites, not the paper itself
                }
                i++;
                continue;
            }
            boolean repeatsNotesHeading = note.isEmpty() && b.kind() == MarkdownBlock.Kind.HEADING
                    && NOTES_HEADING.matcher(b.text().strip()).matches();
            if (!b.html().isEmpty() && !repeatsNotesHeading) {
                note.append(note.isEmpty() ? "" : "\n").append(b.html());
            }
            i++;
        }
        draft.abstractText(String.join(" ", abstractParts));
        draft.noteHtml(note.toString());
    }

    /** A leading level-1 heading that repeats the paper's title or the file's name. */
    private static boolean isTitleHeading(MarkdownBlock b, String title, String fileName) {
        if (b.kind() != MarkdownBlock.Kind.HEADING || b.level() != 1) {
            return false;
        }
        String key = TitleKey.of(b.text());
        return key.equals(TitleKey.of(title)) || key.equals(TitleKey.of(fileName));
    }

    /** The {@code ##} headings over a metadata list naming a paper, as the digest layout has them. */
    private static List<MarkdownBlock> digestPaperHeadings(List<MarkdownBlock> blocks) {
        List<MarkdownBlock> out = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            MarkdownBlock h = blocks.get(i);
            MarkdownBlock list = blocks.get(i + 1);
            if (h.kind() == MarkdownBlock.Kind.HEADING && h.level() == 2 && list.kind() == MarkdownBlock.Kind.BULLET_LIST
                    && MarkdownDigestReader.isMetadata(list) && list.items().stream().anyMatch(PaperNote::namesPaperField)) {
                out.add(h);
            }
        }
        return out;
    }

    private static boolean namesPaperField(MarkdownBlock.Item item) {
        return MarkdownDigestReader.metadataKey(item).filter(PAPER_ITEM_KEYS::contains).isPresent();
    }

    private static String keysNamed(FrontMatter front) {
        List<String> keys = new ArrayList<>();
        front.fields().fieldNames().forEachRemaining(k -> {
            if (PaperNoteFront.PAPER_KEYS.contains(k.toLowerCase(Locale.ROOT))) {
                keys.add(k);
            }
        });
        return String.join(", ", keys);
    }

    /** The line of the front matter's {@code title}, where the paper is named; the front matter's first line else. */
    private static int titleLine(List<String> lines) {
        for (int n = 2; n <= lines.size() && !lines.get(n - 1).strip().equals("---"); n++) {
            if (lines.get(n - 1).toLowerCase(Locale.ROOT).startsWith("title:")) {
                return n;
            }
        }
        return 1;
    }

    private static String line(List<String> lines, int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
