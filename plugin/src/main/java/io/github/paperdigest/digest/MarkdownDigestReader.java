package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.ArxivIds;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.Typos;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Markdown digest format, the one we recommend for hand-written digests:
 *
 * <pre>
 * ---
 * title: Reading group, week 12
 * date: 2025-03-04
 * source: https://huggingface.co/papers?date=2025-03-04
 * tags: [reading-group]
 * notes: Markdown shown on the digest page
 * ---
 * An optional introduction (Markdown).
 *
 * ## Title of the paper
 *
 * - arxiv: 2401.09414
 * - authors: A. Author, B. Author
 * - code: https://github.com/...
 *
 * The abstract.
 *
 * &gt; The curator's note (Markdown).
 * </pre>
 *
 * <p>The layouts of generated digests (tables of papers, linked headings, link lists) are read too, wherever
 * they appear in a file: see {@link MarkdownLayout}.
 */
public final class MarkdownDigestReader implements DigestReader {

    /** An address of another scheme than http(s): "javascript:…", "file:///…", "data:…". */
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]{1,20}:(?!\\s)");
    private static final Pattern METADATA_ITEM = Pattern.compile("^([A-Za-z][\\w .-]{0,30}?)\\s*:(?!//)\\s*(.*)$", Pattern.DOTALL);
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "date", "source", "tags", "notes", "note",
            "description");
    private static final Map<String, LinkKind> LINK_KEYS = Map.ofEntries(Map.entry("code", LinkKind.CODE),
            Map.entry("github", LinkKind.CODE), Map.entry("repo", LinkKind.CODE), Map.entry("repository", LinkKind.CODE),
            Map.entry("project", LinkKind.PROJECT), Map.entry("project page", LinkKind.PROJECT),
            Map.entry("website", LinkKind.PROJECT), Map.entry("homepage", LinkKind.PROJECT),
            Map.entry("pdf", LinkKind.PDF), Map.entry("dataset", LinkKind.DATASET), Map.entry("data", LinkKind.DATASET),
            Map.entry("video", LinkKind.VIDEO), Map.entry("youtube", LinkKind.VIDEO), Map.entry("demo", LinkKind.DEMO),
            Map.entry("space", LinkKind.DEMO), Map.entry("model", LinkKind.MODEL), Map.entry("weights", LinkKind.MODEL));

    /** The keys of the metadata list that name no link: see {@link #metadata}. */
    private static final Set<String> FIELD_KEYS = Set.of("arxiv", "arxiv id", "arxiv_id", "arxiv-id", "authors", "author",
            "tags", "tag", "topics", "date", "published", "upvotes", "votes", "venue", "journal", "conference", "doi",
            "paper", "url", "link", "abs", "arxiv url");

    /** Every key {@link #metadata} reads: a key a typing mistake away from one is told as a likely typo. */
    private static final Set<String> KNOWN_KEYS = Stream.of(FIELD_KEYS, LINK_KEYS.keySet(),
            Set.of("title", "notes", "note")).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private final MarkdownOutline outline;
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;
    private final PaperNote paperNote;
    private final OwnLinks ownLinks;

    public MarkdownDigestReader(MarkdownOutline outline, LinkFinder linkFinder, LinkClassifier classifier) {
        this.outline = outline;
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.paperNote = new PaperNote(outline, linkFinder, classifier);
        this.ownLinks = new OwnLinks(linkFinder);
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown");
    }

    /**
     * Whether a key of a front matter that is no paper's note is one only a paper's has ({@code citekey}, {@code arxiv},
     * {@code doi}), in a front matter without a title of its own: a literature note whose title a template nested
     * ({@code work: {title: …}}) is read as a digest, and "not a key the plugin uses" would say the opposite of the
     * README.
     */
    private static boolean namesAPaperWithoutATitle(FrontMatter front, String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return front.text("title") == null && PaperNoteFront.PAPER_KEYS.contains(lower)
                && !PaperNoteFront.DIGEST_KEYS_TOO.contains(lower);
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        List<String> lines = source.allLines(problems);
        FrontMatter front = FrontMatter.split(source.name(), lines, problems);
        Optional<DigestFile> note = paperNote.read(source, problems, lines, front); // one file per paper: see PaperNote
        if (note.isPresent()) {
            return note.get();
        }
        front.fields().fieldNames().forEachRemaining(key -> {
            if (namesAPaperWithoutATitle(front, key)) {
                problems.warn(source.name(), front.lineOf(key, lines), "front matter key '" + key + "' names a paper,"
                        + " but the front matter has no 'title' of its own (at its top, or in a 'work:' or 'paper:' that"
                        + " holds the paper's keys),"
                        + " so the file is read as a digest; to read it as the paper's note, give the paper's title as"
                        + " 'title:' at the front matter's top level");
            } else if (!FRONT_MATTER_KEYS.contains(key)) {
                problems.warn(source.name(), front.lineOf(key, lines), "front matter key '" + key + "' is not one the"
                        + " plugin uses (" + String.join(", ", FRONT_MATTER_KEYS.stream().sorted().toList()) + "); ignored"
                        + Typos.nearest(key, FRONT_MATTER_KEYS, 1).map(meant -> "; did you mean '" + meant + "'?")
                                .orElse(""));
            }
        });
        Optional<String> title = Optional.ofNullable(front.text("title")).map(FaithfulText::clean).filter(t -> !t.isEmpty());
        List<MarkdownBlock> blocks = outline.blocks(front.body(), front.bodyFirstLine());
        Optional<LocalDate> date = Optional.ofNullable(front.text("date"))
                .flatMap(d -> new EntryDraft(source.name(), front.lineOf("date", lines), problems).date(d))
                .or(() -> DigestDates.inText(source.baseName()))
                .or(() -> blocks.isEmpty() || blocks.get(0).kind() != MarkdownBlock.Kind.HEADING ? Optional.empty()
                        : DigestDates.updatedOn(blocks.get(0).text()));
        Optional<String> sourceUrl = Optional.ofNullable(front.text("source")).filter(u -> u.startsWith("http"));
        Optional.ofNullable(front.text("source")).filter(u -> !u.startsWith("http") && OTHER_SCHEME.matcher(u).lookingAt())
                .ifPresent(u -> problems.warn(source.name(), front.lineOf("source", lines), "source '"
                        + PlainTextDigestReader.abbreviate(u) + "' is not an http(s) link; the digest's page does not link"
                        + " to it"));
        StringBuilder intro = new StringBuilder();
        Optional.ofNullable(front.text("notes")).or(() -> Optional.ofNullable(front.text("note")))
                .or(() -> Optional.ofNullable(front.text("description")))
                .ifPresent(n -> intro.append(outline.html(n)));

        List<PaperEntry> entries = new EntryList();
        Body body = new MarkdownLayout(source, problems, lines, blocks, outline, linkFinder, classifier,
                draft -> draft.build(linkFinder, classifier),
                (heading, under, section) -> paper(source, problems, lines, heading, under, section),
                this::detail, entries).read(title, intro);
        return new DigestFile(source.name(), format(), body.title(), date, sourceUrl, intro.toString(), front.list("tags"),
                entries, body.shape());
    }

    /** What the layout of the body gave besides the papers: the title (from a level-1 heading) and the shapes. */
    record Body(Optional<String> title, String shape) {
    }

    private Optional<PaperEntry> paper(DigestSource source, DigestProblems problems, List<String> lines,
            MarkdownBlock heading, List<MarkdownBlock> blocks, String section) {
        EntryDraft draft = new EntryDraft(source.name(), heading.line(), problems);
        draft.section(section);
        draft.title(heading.text());
        // "## [Title](https://project.github.io)": the heading's link is the paper's, of the kind its host says
        heading.urls().stream().filter(u -> u.toLowerCase(Locale.ROOT).startsWith("http"))
                .forEach(u -> draft.link(null, u, classifier));
        int i = 0;
        MarkdownBlock.Item lastItem = null;
        if (!blocks.isEmpty() && blocks.get(0).kind() == MarkdownBlock.Kind.BULLET_LIST && isMetadata(blocks.get(0))) {
            List<MarkdownBlock.Item> written = blocks.get(0).items();
            lastItem = written.get(written.size() - 1);
            List<MetadataItem> items = written.stream().map(MetadataItem::of).toList();
            for (int k = 0; k < items.size(); k++) {
                // a warning about an item ("- autors: …", a date that is none) names the item's line, not the list's
                draft.fieldLine(written.get(k).line());
                metadata(draft, items.get(k));
            }
            namedPaper(items).ifPresent(title -> {
                // "## Week 3 — 2024-02-09" over "- Paper: [Toolformer: …](…)": the heading is the session, the
                // item names the paper, and a reading group's paper comes without its abstract
                draft.title(title);
                draft.section(heading.text());
                draft.abstractOptional();
            });
            i = 1;
        }
        StringBuilder abstractText = new StringBuilder();
        StringBuilder note = new StringBuilder();
        // A block quote starts the note even when it is empty: the paragraphs after it are the note's, as the
        // format says, whatever the quote held.
        boolean inNote = false;
        boolean hasProse = hasProse(blocks, i);
        for (; i < blocks.size(); i++) {
            MarkdownBlock b = blocks.get(i);
            if (b.kind() == MarkdownBlock.Kind.PARAGRAPH && !inNote && note.isEmpty()) {
                draft.fieldLine(b.line());
                if (ownLinks.linksOnly(b) || ownLinks.addressesOnly(b) && hasProse) {
                    // "[paper](…) · [code](…)", an address under the heading: the paper's links, not its abstract
                    b.urls().forEach(u -> draft.link(null, u, classifier));
                    linkFinder.find(b.text()).forEach(span -> draft.link(null, span.url(), classifier));
                    continue;
                }
                if (abstractText.length() > 0) {
                    abstractText.append(' ');
                }
                abstractText.append(b.text());
                paragraphLinks(draft, b);
            } else if (b.kind() == MarkdownBlock.Kind.BLOCK_QUOTE) {
                inNote = true;
                appendHtml(note, unwrapQuote(b.html()));
            } else {
                appendHtml(note, b.html());
            }
        }
        if (abstractText.isEmpty() && lastItem != null && lastItem.markdown().strip().contains("\n")
                && !startsIndented(lines, lastItem.line() + 1) && !draft.isAbstractOptional()) {
            // Markdown reads a line right under a list item as more of the item: the abstract went into the list
            problems.report(source.name(), lastItem.line() + 1, "\"" + PlainTextDigestReader.abbreviate(heading.text())
                    + "\" has no abstract: the text under its metadata list is read as more of the list's last item, '"
                    + PlainTextDigestReader.abbreviate(lastItem.text()) + "', as Markdown reads a line that follows a"
                    + " list item; leave a blank line between the list and the abstract");
            return Optional.empty();
        }
        if (abstractText.isEmpty() && !blocks.isEmpty() && blocks.get(0).kind() == MarkdownBlock.Kind.BULLET_LIST
                && !holdsAKnownKey(blocks.get(0)) && !draft.isAbstractOptional()) {
            // "## Full List of papers" over "* Title ([notes](./summary/1.md))": a list, not a paper without its abstract
            problems.report(source.name(), heading.line(), "\"" + PlainTextDigestReader.abbreviate(heading.text())
                    + "\" is a paper heading (" + "#".repeat(heading.level()) + ") with no abstract, over a list of "
                    + blocks.get(0).items().size() + " items in no shape read as papers: give each paper a title and an"
                    + " http(s) link"
                    + " ('- [Title](https://arxiv.org/abs/…)', '- **Title** [[paper](https://…)]'), or, for one paper,"
                    + " its abstract as a paragraph under the heading");
            return Optional.empty();
        }
        draft.fieldLine(heading.line());
        draft.abstractText(abstractText.toString());
        draft.noteHtml(note.toString()); // after a "notes:" item's, which the metadata list gave first
        return draft.build(linkFinder, classifier);
    }

    /** Whether the file's line {@code number} (1-based) starts with a blank: a list item's wrapped line, not a lazy one. */
    private static boolean startsIndented(List<String> lines, int number) {
        return number >= 1 && number <= lines.size() && !lines.get(number - 1).isEmpty()
                && Character.isWhitespace(lines.get(number - 1).charAt(0));
    }

    /**
     * Whether the run of paragraphs from {@code from} (the abstract's, before the note's first block) has one of prose:
     * a line of addresses beside it is the paper's links, not its abstract.
     */
    private boolean hasProse(List<MarkdownBlock> blocks, int from) {
        for (int i = from; i < blocks.size() && blocks.get(i).kind() == MarkdownBlock.Kind.PARAGRAPH; i++) {
            if (!ownLinks.linksOnly(blocks.get(i)) && !ownLinks.addressesOnly(blocks.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The links of a paragraph of the abstract: the paper's own where a label says so ("[paper](…)", "arXiv:
     * https://…"); the others are what the abstract cites, listed but naming no identifier of the paper's.
     */
    private void paragraphLinks(EntryDraft draft, MarkdownBlock paragraph) {
        ownLinks.written(paragraph.text(), false).stream().filter(OwnLinks.Address::own)
                .forEach(a -> draft.link(null, a.url(), classifier));
        for (MarkdownBlock.Anchor anchor : paragraph.anchors()) {
            if (OwnLinks.labelled(anchor, draft.title())) {
                draft.link(null, anchor.url(), classifier);
            } else {
                draft.mention(anchor.url(), classifier);
            }
        }
    }

    /**
     * An item nested under a list's paper read as an item of the metadata list under a paper's heading ("Code: https://…",
     * "Presenter: Alice"); false for text that is no such item, and for a title, which a list's paper has.
     */
    private boolean detail(EntryDraft draft, String text, String markdown, String url) {
        Optional<MetadataItem> item = MetadataItem.of(text, url, markdown)
                .filter(i -> !i.value().isEmpty() && !i.key().equals("title"));
        item.ifPresent(i -> {
            if (i.key().equals("authors") || i.key().equals("author")) {
                draft.authorsInstead(i.value()); // all of them, where the item named the first ("Vaswani et al.")
            } else {
                metadata(draft, i);
            }
        });
        return item.isPresent();
    }

    private void metadata(EntryDraft draft, MetadataItem item) {
        String key = item.key();
        String value = item.value();
        String url = item.url();
        switch (key) {
            case "arxiv", "arxiv id", "arxiv_id", "arxiv-id" -> draft.arxivId(value);
            case "authors", "author" -> draft.authors(value);
            case "tags", "tag", "topics" -> draft.tags(value);
            case "date", "published" -> draft.published(value);
            case "upvotes", "votes" -> draft.upvotes(value);
            case "venue", "journal", "conference" -> draft.venue(value);
            case "doi" -> draft.doi(value);
            case "paper", "url", "link", "abs", "arxiv url" -> draft.link(null, url, classifier);
            case "title" -> {
                // the paper's title, see namedPaper
            }
            case "notes", "note" -> draft.noteHtml(outline.html(item.valueMarkdown())); // the curator's note, in Markdown
            default -> {
                LinkKind kind = LINK_KEYS.get(key);
                if (kind != null) {
                    draft.link(kind, url, classifier);
                } else {
                    // "- slides: [slides](…)": a field of the curator's own, its link kept as it, not dropped
                    draft.warnIfMistyped(key, KNOWN_KEYS);
                    draft.extraWithLinks(key, value, url.equals(value) ? List.of() : List.of(url), classifier);
                }
            }
        }
    }

    /**
     * An item of a metadata list ({@link #isMetadata}): its key in lower case, its value, and its link's address, else
     * the value.
     */
    private record MetadataItem(String key, String value, String url, String markdown) {
        /** An item of a list that {@link #isMetadata} says is a metadata list. */
        static MetadataItem of(MarkdownBlock.Item item) {
            return of(item.text(), item.urls().isEmpty() ? null : item.urls().get(0), item.markdown()).orElseThrow();
        }

        /** The item whose words are {@code text}, when they are "key: value"; {@code url} is its link's, or null. */
        static Optional<MetadataItem> of(String text, String url, String markdown) {
            Matcher m = METADATA_ITEM.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            String value = m.group(2).strip();
            return Optional.of(new MetadataItem(m.group(1).strip().toLowerCase(Locale.ROOT), value,
                    url == null ? value : url, markdown));
        }

        /**
         * The value as Markdown: the item's Markdown after its key, with the emphasis the key is written in ("**Notes:**",
         * "*Note*:"); the value's words where the key is written otherwise (in HTML), which lose only their markup.
         */
        String valueMarkdown() {
            Matcher label = Pattern.compile("^\\s*(?:[*_]{1,2})?\\s*" + Pattern.quote(key)
                    + "\\s*(?:[*_]{1,2})?\\s*:\\s*(?:[*_]{1,2}(?![*_\\w]))?\\s*",
                    Pattern.CASE_INSENSITIVE).matcher(markdown);
            return label.find() ? markdown.substring(label.end()) : value;
        }
    }

    /**
     * The paper's title a metadata list gives, when it gives one: a {@code title} item, or a {@code paper} item whose
     * text is a title ("Paper: [Toolformer: Language Models Can Teach Themselves to Use Tools](…)"), not a link's
     * label ("Paper: [arXiv](…)") or an address or identifier.
     */
    private static Optional<String> namedPaper(List<MetadataItem> items) {
        Optional<String> title = items.stream().filter(i -> i.key().equals("title")).map(MetadataItem::value)
                .filter(v -> v.codePoints().anyMatch(Character::isLetter)).findFirst();
        return title.or(() -> items.stream().filter(i -> i.key().equals("paper")).map(MetadataItem::value)
                .filter(MarkdownDigestReader::isTitle).findFirst());
    }

    private static boolean isTitle(String text) {
        return text.split("\\s+").length >= 2 && !LinkWords.isLinkWord(text)
                && !text.toLowerCase(Locale.ROOT).startsWith("http") && ArxivIds.parse(text).isEmpty()
                && Dois.parse(text).isEmpty();
    }

    /** Whether a text is a key of the metadata list ("url", "code", "arxiv"), which names no paper. */
    static boolean isMetadataKey(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return FIELD_KEYS.contains(key) || LINK_KEYS.containsKey(key);
    }

    /** The key of a metadata list's item ("arxiv" of "- arXiv: 2401.01234"), in lower case; empty for another item. */
    static Optional<String> metadataKey(MarkdownBlock.Item item) {
        Matcher m = METADATA_ITEM.matcher(item.text());
        return m.matches() ? Optional.of(m.group(1).strip().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether an item of the list is a metadata item of a key the plugin reads ("- arxiv: …", "- authors: …"). */
    static boolean holdsAKnownKey(MarkdownBlock list) {
        return list.items().stream().anyMatch(item -> metadataKey(item).filter(MarkdownDigestReader::isMetadataKey)
                .isPresent());
    }

    static boolean isMetadata(MarkdownBlock list) {
        return list.items().stream().allMatch(item -> METADATA_ITEM.matcher(item.text()).matches());
    }

    private static String unwrapQuote(String html) {
        String h = html.strip();
        if (h.startsWith("<blockquote>") && h.endsWith("</blockquote>")) {
            return h.substring("<blockquote>".length(), h.length() - "</blockquote>".length()).strip();
        }
        return h;
    }

    /** Appends a block's HTML on a line of its own; an empty block adds nothing, not even a line break. */
    static void appendHtml(StringBuilder out, String html) {
        if (html.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(html);
    }
}
