package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Reads reading notes kept in Emacs Org mode (plain outlines, org-ref's and org-roam-bibtex's notes, org-noter's):
 *
 * <pre>
 * #+TITLE: Reading group, week 12
 * #+DATE: &lt;2025-03-04 Tue&gt;
 * #+FILETAGS: :reading-group:
 *
 * * Transformers                                   :nlp:
 * ** TODO [#A] Attention Is All You Need           :attention:
 *    :PROPERTIES:
 *    :AUTHOR:   Ashish Vaswani and Noam Shazeer
 *    :YEAR:     2017
 *    :ARXIV:    1706.03762
 *    :CUSTOM_ID: vaswani2017
 *    :END:
 *    #+begin_quote
 *    The abstract.
 *    #+end_quote
 *    The curator's note, in Org: *bold*, /italic/, =code=, $x^2$, [[https://…][links]].
 * ** [[https://arxiv.org/abs/2005.14165][Language Models are Few-Shot Learners]]
 * * Also read
 * - [[https://arxiv.org/abs/2302.13971][LLaMA]] — a note
 * </pre>
 *
 * <p>A heading is a paper when its title is a link, when its property drawer holds a key of a paper's (an author, a
 * year, an identifier, a link), when it has a TODO keyword, or when it has no sub-heading and its text links to a
 * paper; any other heading is a section, whose tags its papers inherit, as Org's tags are. Under a section (or before
 * the first heading) a list item that starts with a link is a paper, what follows the link its note. A paper's
 * sub-headings are its text. Its abstract is what an "Abstract" sub-heading, an {@code #+begin_abstract} block, an
 * {@code :ABSTRACT:} property, or a quote block before any other text holds (where org-roam-bibtex's templates put
 * it); every other line is the curator's note, its Org markup shown as such. A file whose own property drawer (or
 * "#+ROAM_KEY:") names a citation or a link is one paper's note, titled by its "#+TITLE:".
 */
public final class OrgDigestReader implements DigestReader {

    /** The keys of a property drawer that say its heading is a paper's. */
    private static final Set<String> PAPER_KEYS = Set.of("author", "authors", "year", "date", "url", "arxiv",
            "arxiv_id", "arxivid", "eprint", "doi", "roam_refs", "journal", "booktitle", "venue", "noter_document",
            "interleave_pdf", "pdf", "abstract");
    private static final Map<String, LinkKind> LINK_KEYS = Map.ofEntries(Map.entry("code", LinkKind.CODE),
            Map.entry("github", LinkKind.CODE), Map.entry("repo", LinkKind.CODE), Map.entry("repository", LinkKind.CODE),
            Map.entry("project", LinkKind.PROJECT), Map.entry("website", LinkKind.PROJECT),
            Map.entry("homepage", LinkKind.PROJECT), Map.entry("pdf", LinkKind.PDF), Map.entry("dataset", LinkKind.DATASET),
            Map.entry("data", LinkKind.DATASET), Map.entry("video", LinkKind.VIDEO), Map.entry("demo", LinkKind.DEMO),
            Map.entry("model", LinkKind.MODEL), Map.entry("weights", LinkKind.MODEL));
    /** Org's and its packages' bookkeeping: a node's id, org-noter's page, when the note was made. Not the paper's. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "noter_page", "interleave_page_note", "created", "added",
            "modified", "last_modified", "category", "visibility", "ordered", "archive", "logging", "roam_aliases",
            "roam_exclude", "file", "ref", "filetags", "effort", "style", "export_file_name", "export_title",
            "noter_document", "interleave_pdf");
    private static final Set<String> FIELD_KEYS = Set.of("title", "author", "authors", "editor", "editors", "year",
            "date", "published",
            "url", "link", "paper", "arxiv", "arxiv_id", "arxivid", "eprint", "doi", "custom_id", "roam_refs", "roam_key",
            "journal", "booktitle", "venue", "conference", "journaltitle", "tags", "keywords", "abstract", "note", "notes");
    private static final Set<String> KNOWN_KEYS = Stream.of(FIELD_KEYS, LINK_KEYS.keySet(), BOOKKEEPING)
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    private static final Pattern ITEM_LINK = Pattern.compile("^([ \\t]*)(?:[-+]|\\d+[.)])[ \\t]+(?:\\[[ xX-]][ \\t]+)?(\\[\\[.*)$");
    private static final Pattern YEAR_DASH = Pattern.compile("^(\\d{4})\\s+[-–—]\\s+(.+)$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s—–:,;.-]+");
    private static final Pattern TIMESTAMP = Pattern.compile("^[<\\[]?(\\d{4}-\\d{2}-\\d{2})[^>\\]]*[>\\]]?$");
    /** A line of a file's keyword ("#+TITLE: …"): said by the digest's head, not text of its introduction. */
    private static final Pattern KEYWORD_LINE = Pattern.compile("(?i)^[ \\t]*#\\+\\w+:.*");
    /** org-roam's "- keywords :: …" or "- tags :: …" item in a note's preamble. */
    private static final Pattern TAGS_ITEM = Pattern.compile("^[ \\t]*[-+][ \\t]+(keywords|tags)[ \\t]+::[ \\t]*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CITE_REF = Pattern.compile("^(?:\\[?cite(?:/[\\w/]+)?:)?[&@]?([^\\s\\];]+?)]?$");

    private final MarkdownOutline outline;
    private final LinkFinder linkFinder;
    private final LinkClassifier classifier;
    private final OrgMarkup markup;
    private final OrgBlocks blocks;

    public OrgDigestReader(MarkdownOutline outline, LinkFinder linkFinder, LinkClassifier classifier) {
        this.outline = outline;
        this.linkFinder = linkFinder;
        this.classifier = classifier;
        this.markup = new OrgMarkup(linkFinder);
        this.blocks = new OrgBlocks(markup);
    }

    @Override
    public String format() {
        return "org";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("org");
    }

    @Override
    public DigestFile read(DigestSource source, DigestProblems problems) {
        String name = source.name();
        OrgOutline org = OrgOutline.read(name, source.allLines(problems), problems);
        Optional<String> title = Optional.ofNullable(org.keyword("title")).map(markup::plain).map(FaithfulText::clean)
                .filter(t -> !t.isEmpty());
        Optional<LocalDate> date = Optional.ofNullable(org.keywords().get("date"))
                .flatMap(d -> new EntryDraft(name, d.number(), problems).date(timestamp(d.text())))
                .or(() -> DigestDates.inText(source.baseName()));
        List<String> tags = new ArrayList<>();
        for (String keyword : List.of("filetags", "roam_tags")) {
            Optional.ofNullable(org.keyword(keyword)).ifPresent(v -> tags.addAll(List.of(v.split("[:\\s]+"))));
        }
        tags.removeIf(String::isEmpty);
        List<PaperEntry> entries = new EntryList();
        StringBuilder intro = new StringBuilder();
        String shape;
        Optional<String> refs = Optional.ofNullable(org.fileProperties().get("roam_refs")).map(OrgOutline.Property::value)
                .or(() -> Optional.ofNullable(org.keyword("roam_key")));
        if (refs.isPresent() && title.isPresent()) {
            onePaper(source, problems, org, title.get(), entries);
            shape = "one paper's note";
        } else {
            refs.ifPresent(r -> problems.warn(name, org.fileProperties().containsKey("roam_refs")
                    ? org.fileProperties().get("roam_refs").line() : org.keywords().get("roam_key").number(),
                    "the file names its paper (" + PlainTextDigestReader.abbreviate(r) + ") but has no #+TITLE:, so it"
                            + " is read as a digest of its headings; give it the paper's title as '#+TITLE: …' to"
                            + " read it as the paper's note"));
            Papers papers = new Papers(source, problems, entries, intro);
            papers.listed(org.preamble(), "", List.of());
            papers.outline(org.headings());
            shape = papers.shape();
        }
        return new DigestFile(name, format(), refs.isPresent() ? Optional.empty() : title, date, Optional.empty(),
                intro.toString(), tags, entries, shape);
    }

    private static String timestamp(String value) {
        Matcher m = TIMESTAMP.matcher(value.strip());
        return m.matches() ? m.group(1) : value.strip();
    }

    /** A section heading open at a point of the outline: what its papers inherit. */
    private record Section(int level, String name, List<String> tags) {
    }

    /** The papers of an outline of headings, and what it says around them (its intro). */
    private final class Papers {
        private final DigestSource source;
        private final DigestProblems problems;
        private final List<PaperEntry> entries;
        private final StringBuilder intro;
        private int headingPapers;
        private int itemPapers;

        Papers(DigestSource source, DigestProblems problems, List<PaperEntry> entries, StringBuilder intro) {
            this.source = source;
            this.problems = problems;
            this.entries = entries;
            this.intro = intro;
        }

        String shape() {
            return headingPapers + " papers as headings, " + itemPapers + " as list items";
        }

        /**
         * The headings in order, each under the sections that hold it (a stack, not a recursion: an outline ten thousand
         * levels deep must not exhaust the stack). A paper's subtree, and a commented one, are read with their heading.
         */
        void outline(List<OrgOutline.Heading> headings) {
            java.util.ArrayDeque<Section> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < headings.size(); i++) {
                OrgOutline.Heading h = headings.get(i);
                while (!open.isEmpty() && open.peek().level() >= h.level()) {
                    open.pop();
                }
                String section = open.isEmpty() ? "" : open.peek().name();
                List<String> tags = new ArrayList<>(open.isEmpty() ? List.of() : open.peek().tags());
                tags.addAll(h.tags());
                if (h.commented()) {
                    i = lastOfSubtree(headings, i); // Org's export leaves a commented subtree out, and so does the site
                    continue;
                }
                int last = lastOfSubtree(headings, i);
                boolean paper = isPaper(h, headings.subList(i + 1, last + 1));
                if (h.title().isEmpty()) {
                    problems.report(source.name(), h.line(), "a heading with no title (" + "*".repeat(h.level()) + "):"
                            + " give it the paper's or the section's title, or delete the line");
                    if (paper) {
                        i = last;
                    }
                    continue;
                }
                if (paper) {
                    if (!h.broken()) {
                        paper(h, headings.subList(i + 1, last + 1), section, tags).ifPresent(this::add);
                        headingPapers++;
                    }
                    i = last;
                    continue;
                }
                String name = markup.plain(h.title()).strip();
                listed(h.body(), name, tags);
                open.push(new Section(h.level(), name, List.copyOf(tags)));
            }
        }

        private void add(PaperEntry entry) {
            entries.add(entry);
        }

        /** The papers a text lists as items that start with a link; the rest of the text is the digest's intro. */
        void listed(List<OrgOutline.Line> lines, String section, List<String> tags) {
            List<OrgOutline.Line> prose = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Matcher item = ITEM_LINK.matcher(lines.get(i).text());
                Optional<OrgMarkup.Leading> leading = item.matches() ? OrgMarkup.leadingLink(item.group(2))
                        : Optional.empty();
                if (leading.isEmpty() || !leading.get().link().isWeb() || leading.get().link().words().isEmpty()
                        || LinkWords.isLinkWord(leading.get().link().words())) {
                    prose.add(lines.get(i));
                    continue;
                }
                int indent = item.group(1).length();
                List<OrgOutline.Line> more = new ArrayList<>();
                while (i + 1 < lines.size() && (lines.get(i + 1).text().isBlank() && i + 2 < lines.size()
                        && indentOf(lines.get(i + 2).text()) > indent || indentOf(lines.get(i + 1).text()) > indent
                        && !lines.get(i + 1).text().isBlank())) {
                    more.add(lines.get(++i));
                }
                listItem(lines.get(i - more.size()), leading.get(), more, section, tags).ifPresent(this::add);
                itemPapers++;
            }
            String markdown = blocks.markdown(source.name(), prose.stream()
                    .filter(l -> !KEYWORD_LINE.matcher(l.text()).matches()).toList(), problems);
            if (!markdown.isBlank()) {
                MarkdownDigestReader.appendHtml(intro, outline.html(section.isEmpty() ? markdown
                        : "#### " + markup.markdown(section) + "\n\n" + markdown));
            }
        }

        private Optional<PaperEntry> listItem(OrgOutline.Line line, OrgMarkup.Leading leading, List<OrgOutline.Line> more,
                String section, List<String> tags) {
            EntryDraft draft = new EntryDraft(source.name(), line.number(), problems);
            draft.section(section);
            draft.title(markup.plain(leading.link().words()));
            draft.link(null, leading.link().target(), classifier);
            draft.tags(tags);
            draft.abstractOptional();
            String rest = SEPARATOR.matcher(leading.rest()).replaceFirst("");
            List<OrgOutline.Line> note = new ArrayList<>();
            if (!rest.isBlank()) {
                note.add(new OrgOutline.Line(line.number(), rest));
            }
            note.addAll(more);
            noteAndLinks(draft, note);
            return draft.build(linkFinder, classifier);
        }

        private Optional<PaperEntry> paper(OrgOutline.Heading h, List<OrgOutline.Heading> subtree, String section,
                List<String> tags) {
            EntryDraft draft = new EntryDraft(source.name(), h.line(), problems);
            draft.section(section);
            Optional<OrgMarkup.OrgLink> titleLink = OrgMarkup.wholeLink(h.title()).filter(OrgMarkup.OrgLink::isWeb);
            String title = titleLink.map(l -> l.words().isEmpty() ? l.target() : l.words()).orElse(h.title());
            titleLink.ifPresent(l -> draft.link(null, l.target(), classifier));
            if (titleLink.isEmpty()) {
                // "* Attention Is All You Need [[https://arxiv.org/abs/1706.03762][arXiv]]": the link is the paper's,
                // and a link's word ("arXiv", "pdf") no word of its title
                for (OrgMarkup.OrgLink link : OrgMarkup.links(h.title())) {
                    if (link.isWeb()) {
                        draft.link(null, link.target(), classifier);
                    }
                }
                title = OrgMarkup.withoutLinkWords(title);
            }
            draft.title(markup.plain(yearless(title, h.properties())));
            draft.tags(tags);
            draft.abstractOptional();
            properties(draft, h.properties().values());
            body(draft, h.body(), subtree);
            return draft.build(linkFinder, classifier);
        }

        /**
         * A paper's text and sub-headings: its abstract (see the class comment) and its note. An "Abstract" sub-heading
         * gives the abstract; another gives a heading of the note and what it holds.
         */
        private void body(EntryDraft draft, List<OrgOutline.Line> body, List<OrgOutline.Heading> subtree) {
            List<OrgOutline.Line> note = new ArrayList<>();
            boolean textBefore = false;
            List<OrgOutline.Line> text = new ArrayList<>();
            for (OrgOutline.Line line : body) {
                Optional<String> own = ownAddress(line.text());
                if (own.isPresent()) {
                    // "https://arxiv.org/abs/…" or "[[https://…][pdf]]" on a line of its own: the paper's link
                    draft.fieldLine(line.number());
                    draft.link(null, own.get(), classifier);
                } else {
                    text.add(line);
                }
            }
            for (OrgBlocks.Block block : blocks.split(source.name(), text, problems)) {
                if (block.kind() == OrgBlocks.Kind.ABSTRACT
                        || block.kind() == OrgBlocks.Kind.QUOTE && !textBefore && !draft.hasAbstract()) {
                    draft.fieldLine(block.line());
                    draft.abstractText(blocks.plain(block.lines()));
                    continue;
                }
                if (block.kind() == OrgBlocks.Kind.QUOTE) {
                    note.add(new OrgOutline.Line(block.line(), "#+begin_quote"));
                    note.addAll(block.lines());
                    note.add(new OrgOutline.Line(block.line(), "#+end_quote"));
                } else {
                    note.addAll(block.lines());
                    textBefore |= block.lines().stream().anyMatch(l -> !l.text().isBlank());
                }
            }
            StringBuilder html = new StringBuilder();
            noteHtml(draft, note, html);
            for (OrgOutline.Heading sub : subtree) {
                if (sub.commented()) {
                    continue;
                }
                properties(draft, sub.properties().values());
                if (sub.title().strip().equalsIgnoreCase("abstract") && !draft.hasAbstract()) {
                    draft.fieldLine(sub.line());
                    draft.abstractText(blocks.plain(sub.body()));
                    continue;
                }
                List<OrgOutline.Line> lines = new ArrayList<>();
                lines.addAll(sub.body());
                String heading = "#### " + markup.markdown(sub.title());
                String subText = blocks.markdown(source.name(), lines, problems);
                MarkdownDigestReader.appendHtml(html, outline.html(heading + "\n\n" + subText));
                mentions(draft, lines);
            }
            draft.noteHtml(html.toString());
        }

        /** The address a line gives alone: a bare address, or a link with no words or a link's word ("pdf"). */
        private Optional<String> ownAddress(String line) {
            String t = line.strip();
            Optional<OrgMarkup.OrgLink> link = OrgMarkup.wholeLink(t).filter(OrgMarkup.OrgLink::isWeb)
                    .filter(l -> l.words().isEmpty() || LinkWords.isLinkWord(l.words()));
            if (link.isPresent()) {
                return Optional.of(link.get().target());
            }
            var spans = linkFinder.find(t);
            return spans.size() == 1 && spans.get(0).start() == 0 && spans.get(0).end() == t.length()
                    ? Optional.of(spans.get(0).url()) : Optional.empty();
        }

        private void noteAndLinks(EntryDraft draft, List<OrgOutline.Line> note) {
            StringBuilder html = new StringBuilder();
            noteHtml(draft, note, html);
            draft.noteHtml(html.toString());
        }

        private void noteHtml(EntryDraft draft, List<OrgOutline.Line> note, StringBuilder html) {
            String markdown = blocks.markdown(source.name(), note, problems);
            if (!markdown.isBlank()) {
                MarkdownDigestReader.appendHtml(html, outline.html(markdown));
            }
            mentions(draft, note);
        }

        /**
         * The links of the note: what it labels as the paper's own ("[[https://…][code]]", "[[https://…][pdf]]") is the
         * paper's; the others are papers and pages it mentions.
         */
        private void mentions(EntryDraft draft, List<OrgOutline.Line> lines) {
            for (OrgOutline.Line line : lines) {
                draft.fieldLine(line.number());
                for (OrgMarkup.OrgLink link : OrgMarkup.links(line.text())) {
                    if (!link.isWeb()) {
                        continue;
                    }
                    LinkKind kind = LINK_KEYS.get(link.words().toLowerCase(Locale.ROOT));
                    if (kind != null || LinkWords.isLinkWord(link.words())) {
                        draft.link(kind, link.target(), classifier);
                    } else {
                        draft.mention(link.target(), classifier);
                    }
                }
                String withoutLinks = OrgMarkup.withoutLinks(line.text(), false);
                linkFinder.find(withoutLinks).forEach(span -> draft.mention(span.url(), classifier));
            }
        }
    }

    /** org-roam-bibtex's note of one paper: titled by the file, its properties the file's and its headings'. */
    private void onePaper(DigestSource source, DigestProblems problems, OrgOutline org, String title,
            List<PaperEntry> entries) {
        OrgOutline.Line titleLine = org.keywords().get("title");
        EntryDraft draft = new EntryDraft(source.name(), titleLine.number(), problems);
        draft.abstractOptional();
        List<OrgOutline.Property> properties = new ArrayList<>(org.fileProperties().values());
        Optional.ofNullable(org.keywords().get("roam_key"))
                .ifPresent(k -> properties.add(new OrgOutline.Property("roam_refs", k.text(), k.number())));
        properties(draft, properties); // the headings' own are read with them, see Papers.body
        // orb's templates title the note "${citekey}: ${title}": the key is no part of the title
        String key = draft.writtenCitationKey().orElse("");
        draft.title(!key.isEmpty() && title.startsWith(key + ":") ? title.substring(key.length() + 1) : title);
        List<OrgOutline.Line> preamble = new ArrayList<>();
        for (OrgOutline.Line line : org.preamble()) {
            Matcher item = TAGS_ITEM.matcher(line.text());
            if (item.matches()) {
                draft.tags(OrgMarkup.withoutLinks(item.group(2), true));
            } else {
                preamble.add(line);
            }
        }
        Papers papers = new Papers(source, problems, entries, new StringBuilder());
        OrgOutline.Heading whole = new OrgOutline.Heading(titleLine.number(), 0, "", title, List.of(), Map.of(),
                preamble.stream().filter(l -> !KEYWORD_LINE.matcher(l.text()).matches()).toList(), false, false);
        papers.body(draft, whole.body(), org.headings());
        draft.build(linkFinder, classifier).ifPresent(entries::add);
    }

    /** Whether a heading is a paper's: see the class comment. */
    private boolean isPaper(OrgOutline.Heading h, List<OrgOutline.Heading> subtree) {
        if (OrgMarkup.wholeLink(h.title()).filter(OrgMarkup.OrgLink::isWeb).isPresent()
                || OrgMarkup.links(h.title()).stream().anyMatch(l -> l.isWeb()
                        && classifier.classify(l.target()).leadsToAPaper())) {
            return true;
        }
        if (h.properties().keySet().stream().anyMatch(PAPER_KEYS::contains)) {
            return true;
        }
        boolean listsPapers = h.body().stream().anyMatch(line -> ITEM_LINK.matcher(line.text()).matches());
        if (listsPapers) {
            return false; // "* TODO Read these" over a list of linked papers: a section
        }
        boolean hasSubPapers = subtree.stream().anyMatch(s -> OrgMarkup.wholeLink(s.title()).isPresent()
                || s.properties().keySet().stream().anyMatch(PAPER_KEYS::contains) || !s.keyword().isEmpty());
        if (!h.keyword().isEmpty() && !hasSubPapers) {
            return true;
        }
        if (!subtree.isEmpty()) {
            return false;
        }
        for (OrgOutline.Line line : h.body()) {
            for (var span : linkFinder.find(line.text())) {
                if (classifier.classify(span.url()).leadsToAPaper()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The title without the year org-ref's notes put before it ("** TODO 2016 - Deep Residual Learning …", its
     * {@code org-ref-note-title-format}), when the heading's {@code :YEAR:} is that year.
     */
    private static String yearless(String title, Map<String, OrgOutline.Property> properties) {
        Matcher m = YEAR_DASH.matcher(title);
        OrgOutline.Property year = properties.get("year");
        return m.matches() && year != null && year.value().strip().equals(m.group(1)) ? m.group(2) : title;
    }

    private static int lastOfSubtree(List<OrgOutline.Heading> headings, int i) {
        int level = headings.get(i).level();
        int last = i;
        while (last + 1 < headings.size() && headings.get(last + 1).level() > level) {
            last++;
        }
        return last;
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** What a paper's properties say, each on its line: see README's table of Org properties. */
    private void properties(EntryDraft draft, java.util.Collection<OrgOutline.Property> properties) {
        for (OrgOutline.Property p : properties) {
            draft.fieldLine(p.line());
            String value = p.value().strip();
            if (value.isEmpty()) {
                continue; // a template's empty field (":NOTER_PAGE:")
            }
            String url = OrgMarkup.wholeLink(value).map(OrgMarkup.OrgLink::target).orElse(value);
            switch (p.key()) {
                case "title" -> {
                    // the heading's title is the paper's; a title property repeats it
                }
                case "author", "authors" -> names(markup.plain(value), draft, false);
                case "editor", "editors" -> names(markup.plain(value), draft, true);
                case "year" -> PublicationDate.parse(value).ifPresentOrElse(d -> d.applyTo(draft),
                        () -> draft.warn("year '" + value + "' is not a year (such as 2017); ignored"));
                case "date", "published" -> draft.published(timestamp(value));
                case "url", "link", "paper" -> draft.link(null, url, classifier);
                case "arxiv", "arxiv_id", "arxivid", "eprint" -> draft.arxivId(url);
                case "doi" -> draft.doi(url);
                case "custom_id" -> draft.citationKey(":CUSTOM_ID:", value);
                case "roam_refs", "roam_key" -> refs(draft, value);
                case "journal", "booktitle", "venue", "conference", "journaltitle" -> draft.venue(markup.plain(value));
                case "tags", "keywords" -> draft.tags(value);
                case "abstract" -> draft.abstractText(markup.plain(value));
                case "note", "notes" -> draft.noteHtml(outline.html(markup.markdown(value)));
                case "noter_document", "interleave_pdf" -> {
                    if (url.toLowerCase(Locale.ROOT).startsWith("http")) {
                        draft.link(LinkKind.PDF, url, classifier); // a local file is the curator's, not the reader's
                    }
                }
                default -> {
                    LinkKind kind = LINK_KEYS.get(p.key());
                    if (kind != null) {
                        draft.link(kind, url, classifier);
                    } else if (!BOOKKEEPING.contains(p.key())) {
                        draft.warnIfMistyped(p.key(), KNOWN_KEYS);
                        draft.extraWithLinks(p.key(), markup.plain(value), linkFinder.find(url).stream()
                                .map(s -> s.url()).toList(), classifier);
                    }
                }
            }
        }
    }

    /**
     * The authors or editors as every reader takes a list of names ("Ashish Vaswani, Noam Shazeer and Niki Parmar",
     * and family name first as org-ref and org-roam-bibtex copy them from BibTeX: "He, Kaiming and Zhang, Xiangyu",
     * which {@link FamilyNamesFirst} tells apart). A list with a name in one brace group ("{Google DeepMind}") is
     * BibTeX's: that name is one whole, and the others are split at "and" and read family name first, as BibTeX does.
     */
    private static void names(String value, EntryDraft draft, boolean editors) {
        // split as BibTeX splits them ("and" in any case, not inside braces), as the library they came from does
        List<String> names = BibTexDigestReader.names(value);
        // one name, as org-ref copies a one-author paper's BibTeX field ("Vaswani, Ashish"), is one as BibTeX reads it
        Optional<FamilyNamesFirst.Reading> one = names.size() == 1 && !BibTexDigestReader.inOneGroup(names.get(0))
                ? FamilyNamesFirst.oneName(names.get(0).strip(), true) : Optional.empty();
        if (one.isPresent()) {
            draft.told(one.get());
            if (editors) {
                draft.editor(one.get().names().get(0), false);
            } else {
                draft.author(one.get().names().get(0), false);
            }
            return;
        }
        if (names.size() < 2 || names.stream().noneMatch(BibTexDigestReader::inOneGroup)) {
            if (editors) {
                draft.editors(value);
            } else {
                draft.authors(value);
            }
            return;
        }
        List<String> others = names.stream().filter(n -> !BibTexDigestReader.inOneGroup(n)).toList();
        FamilyNamesFirst.Reading reading = FamilyNamesFirst.turned(others);
        draft.told(reading);
        java.util.Iterator<String> read = reading.names().iterator();
        for (String each : names) {
            boolean literal = BibTexDigestReader.inOneGroup(each);
            String n = literal ? each.strip().substring(1, each.strip().length() - 1) : read.next();
            if (editors) {
                draft.editor(n, literal);
            } else {
                draft.author(n, literal);
            }
        }
    }

    /**
     * org-roam's references of a note: citation keys ("cite:vaswani2017", "@vaswani2017", "[cite:@vaswani2017]") and
     * addresses, between blanks. The first key is the paper's; an address is its link.
     */
    private void refs(EntryDraft draft, String value) {
        for (String ref : value.strip().split("\\s+")) {
            if (ref.toLowerCase(Locale.ROOT).startsWith("http")) {
                draft.link(null, ref, classifier);
                continue;
            }
            Matcher key = CITE_REF.matcher(ref);
            if (key.matches() && draft.writtenCitationKey().isEmpty()) {
                draft.citationKey(":ROAM_REFS:", key.group(1));
            }
        }
    }
}
