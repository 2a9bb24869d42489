package io.github.paperdigest.render;

import io.github.paperdigest.markup.MathHtml;
import io.github.paperdigest.markup.NoteLinks;
import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.MoreAuthors;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.model.WrittenCitationKey;
import io.github.paperdigest.site.AuthorIndexPage;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.AuthorPage;
import io.github.paperdigest.site.DigestArchivePage;
import io.github.paperdigest.site.DigestPage;
import io.github.paperdigest.site.DisambiguationPage;
import io.github.paperdigest.site.Feed;
import io.github.paperdigest.site.HomePage;
import io.github.paperdigest.site.HubIndexPage;
import io.github.paperdigest.site.HubPage;
import io.github.paperdigest.site.MovedPage;
import io.github.paperdigest.site.NotFoundPage;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.OlderPapersPage;
import io.github.paperdigest.site.Pagination;
import io.github.paperdigest.site.PageKind;
import io.github.paperdigest.site.PageParts;
import io.github.paperdigest.site.PaperDate;
import io.github.paperdigest.site.PaperFacts;
import io.github.paperdigest.site.PaperPage;
import io.github.paperdigest.site.PaperShards;
import io.github.paperdigest.site.ReadingListPage;
import io.github.paperdigest.site.RelativeLinks;
import io.github.paperdigest.site.SearchPage;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SiteSettings;
import io.github.paperdigest.site.TagIndexPage;
import io.github.paperdigest.site.TagPage;
import java.lang.ref.SoftReference;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jsoup.Jsoup;

/**
 * Turns a planned page into what its template sees: one method per kind of page. All relative links are made
 * here, from the page's own path, so templates never compute a path.
 */
final class PageViews implements Page.Visitor<PageViews.PageView> {

    static final String STYLE = SitePaths.asset("style.css");
    /** The theme's scripts every page runs, in their order: each of the later ones uses the earlier ones. */
    private static final String SITE_SCRIPT = SitePaths.asset("site.js");
    static final List<String> SCRIPTS = List.of(SitePaths.asset("search-engine.js"),
            SitePaths.asset("reading-list-store.js"), SITE_SCRIPT, SitePaths.asset("reading-list.js"));
    /** A paper's citation as text in a reference list's style, on paper pages, before site.js, which shows it. */
    static final String CITE_SCRIPT = SitePaths.asset("cite-text.js");
    /** The search page's own script, after the others. */
    static final String SEARCH_SCRIPT = SitePaths.asset("search-page.js");
    /** KaTeX, from its npm package, and the script that renders the page's formulas with it, one at a time. */
    static final List<String> MATH_SCRIPTS = List.of(SitePaths.asset("katex/katex.min.js"), SitePaths.asset("math.js"));
    static final String MATH_STYLE = SitePaths.asset("katex/katex.min.css");
    /** The 404 page's script, which the page carries inside itself. */
    static final String NOT_FOUND_SCRIPT = SitePaths.asset("not-found.js");
    private static final int EXCERPT_LENGTH = 240;
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Digests on the home page; the archive lists them all. */
    static final int HOME_DIGESTS = 10;

    /**
     * A page's template and its scopes: where things are from the page, the site's navigation, the layout's
     * view, then the page's own under its kind. Templates name each field on its own ({@code {{homeHref}}}),
     * whichever scope holds it.
     */
    record PageView(PageKind kind, Views.Layout layout, Map<String, Object> content) {
        String template() {
            return kind.id();
        }

        Object[] scopes() {
            return new Object[] {layout.links(), layout.nav(), layout, content};
        }
    }

    private final SiteSettings settings;
    private final ProseFormatter prose;
    private final String stylesheet;
    private final String notFoundScript;
    private final BibTex bibTex;
    // a site has few dates, folders and hub descriptions, and they are shown on many pages
    private final Map<LocalDate, String> humanDates = new ConcurrentHashMap<>();
    private final Map<String, String> plainTexts = new ConcurrentHashMap<>();
    private final Map<String, Views.Links> links = new ConcurrentHashMap<>();
    private final Map<String, Views.Navigation> navigations = new ConcurrentHashMap<>();
    private final Map<ItemKey, SoftReference<Views.PaperItem>> items = new ConcurrentHashMap<>();

    /**
     * A paper's item as listed from one folder, with one choice of parts: a record, not a string joined for each
     * lookup, as a large site looks an item up for every tag, hub and digest page it is on (the slug's hash is kept).
     */
    private record ItemKey(String folder, int parts, String slug) {
    }
    private final BiFunction<Views.PaperItem, Views.Links, String> itemRenderer;
    private final PaperShards paperShards;

    /**
     * @param stylesheet     the theme's style.css, which the 404 page carries inside itself
     * @param notFoundScript the 404 page's script, which it also carries inside itself
     * @param itemRenderer   renders a paper's list item, seen from the folder of the given links
     * @param paperShards    the files the papers' data for scripts is split into, which every page's scripts need
     *                       to find a paper's
     */
    PageViews(SiteSettings settings, ProseFormatter prose, String stylesheet, String notFoundScript,
            BiFunction<Views.PaperItem, Views.Links, String> itemRenderer, PaperShards paperShards, BibTex bibTex) {
        this.settings = settings;
        this.bibTex = bibTex;
        this.paperShards = paperShards;
        this.prose = prose;
        this.stylesheet = stylesheet;
        this.notFoundScript = notFoundScript;
        this.itemRenderer = itemRenderer;
    }

    PageView view(Page page) {
        return page.accept(this);
    }

    @Override
    public PageView home(HomePage p) {
        Views.Home home = homeView(p, p.path());
        return new PageView(p.kind(), layout(p, settings.title(), siteDescription(), "website", null,
                List.of(), mathIn(home.papers())), Map.of("home", home));
    }

    @Override
    public PageView paper(PaperPage p) {
        String canonical = canonical(p);
        String jsonLd = canonical == null ? null : StructuredData.scholarlyArticle(p, canonical);
        boolean math = TexMath.has(p.paper().title()) || TexMath.has(p.paper().abstractText())
                || p.paper().notes().stream().anyMatch(n -> marksMath(n.html()));
        return new PageView(p.kind(), layout(p, documentTitle(p), excerpt(TexMath.asText(p.paper().abstractText())), "article", jsonLd,
                HighwireTags.of(p.citation(), p.paper().abstractText(), canonical), math), Map.of("paper", paperView(p, p.path())));
    }

    @Override
    public PageView tag(TagPage p) {
        Views.TagPage tag = tagView(p, p.path());
        return new PageView(p.kind(), layout(p, documentTitle(p), Counted.of(p.pagination().totalItems(), "paper") + " tagged "
                + p.tag().label(), "website", null, List.of(), mathIn(tag.papers())), Map.of("tag", tag));
    }

    @Override
    public PageView tagIndex(TagIndexPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "All tags of " + settings.title(), "website", null, List.of(), false),
                Map.of("tagIndex", new Views.TagIndex(p.tags().size(), p.unlistedCount(), countedTagLinks(p.tags(), p.path()))));
    }

    @Override
    public PageView hub(HubPage p) {
        Views.HubPage hub = hubView(p, p.path());
        return new PageView(p.kind(), layout(p, documentTitle(p), textOf(p.hub().descriptionHtml(), p.hub().name()),
                "website", null, List.of(), mathIn(hub.papers()) || mathIn(hub.keyPapers())), Map.of("hub", hub));
    }

    @Override
    public PageView olderPapers(OlderPapersPage p) {
        boolean tag = p.kind() == PageKind.TAG_OLDER;
        Views.OlderPapers older = new Views.OlderPapers(href(p.path(), tag ? SitePaths.TAG_INDEX : SitePaths.HUB_INDEX),
                tag ? "Tags" : "Topic hubs", href(p.path(), p.listPath()), p.listTitle(), p.firstPosition(),
                p.lastPosition(), paperItems(p.papers(), p.path()), olderPager(p, p.path()));
        String range = "papers " + p.firstPosition() + " to " + p.lastPosition();
        String listed = tag ? " tagged " : " of the hub ";
        return new PageView(p.kind(), layout(p, p.title() + " (" + range + ") · " + settings.title(),
                "Older papers" + listed + p.title() + ", " + range + " counted from the oldest", "website", null,
                List.of(), mathIn(older.papers())), Map.of("olderPapers", older));
    }

    @Override
    public PageView hubIndex(HubIndexPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "Topic hubs of " + settings.title(), "website", null, List.of(), false),
                Map.of("hubIndex", new Views.HubIndex(p.hubs().size(),
                        p.hubs().stream().map(h -> hubCard(h, p.path())).toList())));
    }

    @Override
    public PageView digest(DigestPage p) {
        Views.DigestPage digest = digestView(p, p.path());
        // an excerpt is text, its formulas as written: only the titles and the curators' notes need KaTeX
        boolean math = mathIn(digest.entries().stream().map(Views.DigestEntry::paper).toList())
                || marksMath(digest.introHtml()) || digest.entries().stream().anyMatch(e -> marksMath(e.noteHtml()));
        return new PageView(p.kind(), layout(p, documentTitle(p), Counted.of(p.entries().size(), "paper") + " from "
                + p.digest().title(), "website", null, List.of(), math), Map.of("digest", digest));
    }

    @Override
    public PageView digestArchive(DigestArchivePage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "All digests of " + settings.title() + " by date",
                "website", null, List.of(), false), Map.of("archive", archive(p, p.path())));
    }

    @Override
    public PageView author(AuthorPage p) {
        List<Views.PaperItem> papers = paperItems(p.papers(), p.path());
        List<Views.TagLink> coAuthors = p.coAuthors().stream()
                .map(c -> new Views.TagLink(c.slug() == null ? null : href(p.path(), SitePaths.author(c.slug())),
                        c.name(), c.sharedPapers()))
                .toList();
        return new PageView(p.kind(), layout(p, documentTitle(p), Counted.of(p.papers().size(), "paper") + " by " + p.name()
                + " in " + settings.title(), "profile", null, List.of(), mathIn(papers)),
                Map.of("author", new Views.AuthorPage(p.name(), p.papers().size(), papers, coAuthors)));
    }

    @Override
    public PageView authorIndex(AuthorIndexPage p) {
        List<Views.TagLink> authors = p.authors().stream()
                .map(a -> new Views.TagLink(href(p.path(), SitePaths.author(a.slug())), a.name(), a.paperCount()))
                .toList();
        return new PageView(p.kind(), layout(p, documentTitle(p), "Authors of " + settings.title(), "website", null,
                List.of(), false), Map.of("authorIndex", new Views.AuthorIndex(p.authorCount(), authors)));
    }

    @Override
    public PageView readingList(ReadingListPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "Papers you keep to read, in this browser", null,
                null, List.of(), false), Map.of("readingList", new Views.ReadingList(p.paperCount())));
    }

    @Override
    public PageView search(SearchPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "Search the " + Counted.of(p.paperCount(), "paper") + " of "
                + settings.title(), "website", null, List.of(), false), Map.of("search", searchView(p)));
    }

    @Override
    public PageView notFound(NotFoundPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "This page does not exist.", null, null, List.of(), false),
                Map.of("notFound", new Views.NotFound(stylesheet, notFoundScript, siteRootPath().orElse(null),
                        String.join(" ", scripts(p.kind(), false)))));
    }

    @Override
    public PageView disambiguation(DisambiguationPage p) {
        String from = p.path();
        List<Views.Choice> choices = p.papers().stream().map(c -> {
            List<Views.ListedIn> digests = new ArrayList<>();
            for (int i = 0; i < c.digests().size(); i++) {
                PageParts.DigestRef d = c.digests().get(i);
                digests.add(new Views.ListedIn(href(from, SitePaths.digest(d.slug())), d.title(), human(d.date()),
                        iso(d.date()), i == c.digests().size() - 1));
            }
            return new Views.Choice(paperItem(c.item(), from, false, false, false), c.item().paper().doi().orElse(null),
                    digests);
        }).toList();
        Views.Disambiguation view = new Views.Disambiguation(p.title(), p.sameTitle(), p.path(), choices);
        return new PageView(p.kind(), layout(p, documentTitle(p), Counted.of(choices.size(), "paper")
                + " share this address in " + settings.title() + ": choose the one you are looking for", "website", null,
                List.of(), mathIn(choices.stream().map(Views.Choice::paper).toList())),
                Map.of("disambiguation", view));
    }

    @Override
    public PageView moved(MovedPage p) {
        Views.Moved view = new Views.Moved(p.title(), href(p.path(), p.target()),
                settings.baseUrl().map(base -> base + p.target()).orElse(null), p.path(), p.target());
        return new PageView(p.kind(), layout(p, documentTitle(p), null, null, null, List.of(), false),
                Map.of("moved", view));
    }

    /**
     * What the layout shows of a page. {@code ogType} is null for a page with no address of its own; Open
     * Graph is shown only where the site's base URL is known.
     */
    private Views.Layout layout(Page page, String documentTitle, String description, String ogType, String jsonLd,
            List<Views.Meta> citationMeta, boolean math) {
        String from = page.path();
        String canonical = ogType == null ? null : canonical(page);
        Optional<String> feed = page.feed().map(Feed::path);
        // no description rather than an empty one: a reference manager takes a page's description for the abstract
        return new Views.Layout(settings.language(), documentTitle, settings.title(),
                description == null || description.isBlank() ? null : description, settings.generator(),
                page.kind().id(), canonical, canonical == null ? null : ogType, page.title(), jsonLd,
                feed.map(f -> href(from, f)).orElse(null), feed.map(f -> "Atom feed: " + page.title()).orElse(null),
                page.bibliography().map(b -> href(from, b.path())).orElse(null), citationMeta,
                math ? href(from, MATH_STYLE) : null, navigation(from, page.kind()), links(from, page.kind(), math),
                settings.parentSite()
                        .map(parent -> new Views.ParentSite(parent.name(), RelativeLinks.toRoot(from) + parent.href()))
                        .orElse(null));
    }

    /** Whether a list shows a formula, and its page needs KaTeX. */
    private static boolean mathIn(List<Views.PaperItem> items) {
        return items.stream().anyMatch(i -> marksMath(i.titleHtml()));
    }

    /** Whether HTML (a title, a curator's note) holds a formula marked for KaTeX; null holds none. */
    private static boolean marksMath(String html) {
        return html != null && html.contains("class=\"math");
    }

    /** The page's published URL, when the site's base URL is known. */
    private String canonical(Page page) {
        return settings.baseUrl().map(base -> base + page.path()).orElse(null);
    }

    /** The title of the browser's tab: the page's, then the site's. */
    private String documentTitle(Page page) {
        return page.title() + " · " + settings.title();
    }

    /** The site's sections as seen from a page, and the one the page is in; the same for a folder's pages. */
    private Views.Navigation navigation(String from, PageKind kind) {
        String section = switch (kind) {
            case HOME -> "home";
            case TAG, TAG_INDEX, TAG_OLDER -> "tags";
            case HUB, HUB_INDEX, HUB_OLDER -> "hubs";
            case DIGEST, DIGEST_ARCHIVE -> "digests";
            case SEARCH -> "search";
            case AUTHOR, AUTHOR_INDEX -> "authors";
            case READING_LIST -> "reading-list";
            case PAPER, NOT_FOUND, DISAMBIGUATION, MOVED -> "";
        };
        return navigations.computeIfAbsent(folderOf(from) + "\0" + section, k -> new Views.Navigation(
                href(from, SitePaths.HOME), href(from, SitePaths.TAG_INDEX), href(from, SitePaths.HUB_INDEX),
                href(from, SitePaths.DIGEST_ARCHIVE), href(from, SitePaths.SEARCH), href(from, SitePaths.AUTHOR_INDEX),
                href(from, SitePaths.READING_LIST), section));
    }

    /** Where the theme's files and the site root are from a page; the same for a folder's pages of a kind. */
    private Views.Links links(String from, PageKind kind, boolean math) {
        return links.computeIfAbsent(folderOf(from) + "\0" + kind.id() + math, k -> new Views.Links(href(from, STYLE),
                scripts(kind, math).stream().map(s -> href(from, s)).toList(), href(from, SitePaths.SEARCH_INDEX),
                RelativeLinks.toRoot(from), paperShards.count()));
    }

    /** The theme's scripts a kind of page runs, from the site root, in their order; KaTeX where it shows math. */
    private static List<String> scripts(PageKind kind, boolean math) {
        List<String> all = new ArrayList<>(SCRIPTS);
        if (kind == PageKind.PAPER) {
            all.add(all.indexOf(SITE_SCRIPT), CITE_SCRIPT);
        }
        if (kind == PageKind.SEARCH) {
            all.add(SEARCH_SCRIPT);
        }
        if (math) {
            all.addAll(MATH_SCRIPTS);
        }
        return all;
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private Views.DigestArchive archive(DigestArchivePage p, String from) {
        List<Views.ArchiveYear> years = new ArrayList<>();
        Map<Integer, List<Views.ArchiveMonth>> byYear = new java.util.LinkedHashMap<>();
        for (DigestArchivePage.Period period : p.periods()) {
            String label = java.time.Month.of(period.month()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            byYear.computeIfAbsent(period.year(), y -> new ArrayList<>()).add(new Views.ArchiveMonth(label,
                    String.format(Locale.ROOT, "%04d-%02d", period.year(), period.month()),
                    period.digests().stream().map(d -> digestItem(d, from)).toList()));
        }
        byYear.forEach((year, months) -> years.add(new Views.ArchiveYear(year, months)));
        int count = p.undated().size() + p.periods().stream().mapToInt(x -> x.digests().size()).sum();
        return new Views.DigestArchive(count, years,
                p.undated().stream().map(d -> digestItem(d, from)).toList());
    }

    private static Views.SearchPage searchView(SearchPage p) {
        return new Views.SearchPage(p.paperCount(),
                p.hubs().stream().map(h -> new Views.Option(h.id(), h.name())).toList(),
                p.digests().stream().map(d -> new Views.Option(d.slug(),
                        d.title() + d.date().map(date -> " (" + HUMAN_DATE.format(date) + ")").orElse(""))).toList());
    }

    /** The path of the site's published URL, e.g. "/repo/papers/", when the project gives that URL. */
    private Optional<String> siteRootPath() {
        return settings.baseUrl().map(url -> {
            try {
                return URI.create(url).getRawPath();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).filter(path -> path.startsWith("/"));
    }

    private Views.Home homeView(HomePage p, String from) {
        return new Views.Home(p.title(), p.paperCount(), p.digests().size(), p.tagCount(), p.hubs().size(),
                p.newest().stream().map(i -> paperItem(i, from, true, false, true)).toList(),
                p.digests().stream().limit(HOME_DIGESTS).map(d -> digestItem(d, from)).toList(),
                p.hubs().stream().map(h -> hubCard(h, from)).toList(), countedTagLinks(p.topTags(), from),
                href(from, SitePaths.FEED),
                String.join(" ", p.digests().stream().map(PageParts.DigestRef::slug).toList()));
    }

    private Views.Paper paperView(PaperPage p, String from) {
        Paper paper = p.paper();
        String entry = bibTex.entry(p.citation());
        List<Views.Related> related = p.related().stream()
                .map(n -> new Views.Related(href(from, SitePaths.paper(n.paper().slug())), MathHtml.of(n.paper().title()),
                        SimilarityLabel.of(n.closeness()), n.sharedTags().stream().map(Tag::label).toList()))
                .toList();
        List<Views.Note> notes = new ArrayList<>();
        for (Paper.Note note : paper.notes()) {
            PageParts.DigestRef d = p.digests().stream().filter(x -> x.slug().equals(note.digestSlug())).findFirst()
                    .orElseThrow();
            notes.add(new Views.Note(href(from, SitePaths.digest(d.slug())), d.title(), linked(note.html(), from)));
        }
        List<Views.Field> fields = new ArrayList<>();
        paper.doi().ifPresent(doi -> fields.add(new Views.Field("DOI", doi)));
        paper.upvotes().ifPresent(u -> fields.add(new Views.Field("Upvotes", String.valueOf(u))));
        Optional<PaperDate> date = p.date();
        Editors editors = p.citation().details().editors();
        boolean byEditors = p.citation().byEditors();
        // a year shown as the paper's date is not repeated among its metadata, nor the citation key its entry carries;
        // the editors are shown as a person reads them, "Editors: Jane Doe and John Roe", unless the byline names them
        paper.extra().forEach((k, v) -> {
            if (k.equals(Editors.KEY)) {
                if (!byEditors) {
                    fields.add(new Views.Field(editors.names().size() == 1 ? "Editor" : "Editors", editors.shown()));
                }
            } else if (k.equals(Editors.SERIES_KEY) || k.equals(Editors.BOOK_AUTHORS_KEY)) {
                // a series' editors and a chapter's book's authors, named as what they are, never as its editors
                Editors named = Editors.of(paper.extra(), k);
                boolean one = named.names().size() == 1;
                String label = k.equals(Editors.SERIES_KEY) ? one ? "Series editor" : "Series editors"
                        : one ? "Book author" : "Book authors";
                fields.add(new Views.Field(label, named.shown()));
            } else if (k.equals("type")) {
                // the kind the paper is cited as, where the record's words name another kind of article; none where
                // it is cited as no kind in particular
                p.citation().shownType().ifPresent(type -> fields.add(new Views.Field(fieldLabel(k), type)));
            } else if (!(k.equals("year") && date.filter(d -> d.source() == PaperDate.Source.YEAR).isPresent())
                    && !k.equals(WrittenCitationKey.KEY)) {
                fields.add(Views.Field.linkedIfAddress(fieldLabel(k), v));
            }
        });
        List<Views.ExternalLink> links = OutboundLinks.of(paper);
        // an edited book with no author is bylined by its editors, "Jane Doe, John Roe (Eds.)", as its citation is
        List<Views.AuthorLink> authors = (byEditors ? editors.names() : paper.authors()).stream()
                .map(a -> new Views.AuthorLink(a, !byEditors && p.authorPages().containsKey(a)
                        ? href(from, SitePaths.author(p.authorPages().get(a))) : null))
                .toList();
        String editorRole = !byEditors ? null : editors.names().size() == 1 ? "Ed." : "Eds.";
        return new Views.Paper(TexMath.asText(paper.title()), MathHtml.of(paper.title()), MathHtml.prose(paper.abstractText(), prose),
                paper.abstractTruncated(), authors, date.map(PaperDate::human).orElse(null),
                date.map(PaperDate::iso).orElse(null),
                paper.arxivId().orElse(null), paper.venue().orElse(null), links, paper.arxivId().isEmpty(),
                tagLinks(p.tags(), from), hubLinks(p.hubs(), from),
                p.digests().stream().map(d -> digestItem(d, from)).toList(), related,
                digestPagers(p, from), notes, fields, io.github.paperdigest.markup.Html.escape(entry),
                download("application/x-bibtex", entry), download("application/x-research-info-systems",
                        Ris.entry(p.citation())), paper.slug(), MoreAuthors.marked(paper.extra()), finalAuthor(paper),
                editorRole);
    }

    /**
     * The last of the paper's authors, as RIS writes a name, when its citation names only the first
     * {@link Citation#MAX_AUTHORS}: APA cites a paper of more than 20 authors by the first 19 and the last, which the
     * RIS record the Cite block's text is made from does not hold. Null when the citation names them all.
     */
    private static String finalAuthor(Paper paper) {
        if (paper.authors().size() <= Citation.MAX_AUTHORS) {
            return null;
        }
        String last = paper.authors().get(paper.authors().size() - 1);
        return Ris.author(last, paper.literalAuthors().contains(last));
    }

    /**
     * The paper's BibTeX entry or RIS record as a link that downloads it: the text is in the link itself (a data: URL),
     * so that a site does not write a file of each kind for every paper (creating and, at the next clean, deleting a
     * file costs a build more than its bytes: bench/RESULTS.md), and the download works from file:// and without
     * JavaScript.
     */
    private static String download(String mediaType, String text) {
        return "data:" + mediaType + ";charset=utf-8," + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Views.TagPage tagView(TagPage p, String from) {
        return new Views.TagPage(p.tag().label(), p.tag().descriptionHtml(), p.pagination().totalItems(),
                paperItems(p.papers(), from), countedTagLinks(p.relatedTags(), from), hubLinks(p.hubs(), from),
                pager(p.pagination(), p.path(), from));
    }

    private Views.HubPage hubView(HubPage p, String from) {
        return new Views.HubPage(p.hub().name(), p.hub().descriptionHtml(), p.pagination().totalItems(),
                p.parent().map(h -> hubLink(h, from)).orElse(null), hubLinks(p.children(), from),
                countedTagLinks(p.tags(), from), paperItems(p.keyPapers(), from), paperItems(p.papers(), from),
                p.relatedHubs().stream().map(l -> new Views.TagLink(href(from, SitePaths.hub(l.hub().id())),
                        l.hub().name(), l.sharedPapers())).toList(),
                TimelineChart.svg(p.timeline(), p.hub().name()),
                pager(p.pagination(), p.path(), from));
    }

    /**
     * The links from a list's own page ({@code listPath}) to the pages of its older papers: the newest of them and the
     * oldest, by their numbers (1 the oldest); null where the list is on one page.
     */
    private static Views.Pager pager(Pagination pagination, String listPath, String from) {
        if (pagination.olderPages() == 0) {
            return null;
        }
        List<Views.PagerLink> pages = new ArrayList<>();
        int shown = pagination.olderPages() + 1;
        for (int n : PagerWindow.olderPages(pagination.olderPages())) {
            if (n < shown - 1) {
                pages.add(Views.PagerLink.leftOut());
            }
            pages.add(new Views.PagerLink(n, href(from, SitePaths.olderPapers(listPath, n)), false, false));
            shown = n;
        }
        String caption = "The newest " + pagination.newestCount() + " of " + pagination.totalItems()
                + " papers. Older papers, a hundred a page, numbered from the oldest:";
        return new Views.Pager(caption, null, null, href(from, SitePaths.olderPapers(listPath, pagination.olderPages())), null,
                pages);
    }

    /** The links from a page of older papers to its neighbours and to both ends of the list. */
    private static Views.Pager olderPager(OlderPapersPage p, String from) {
        int n = p.number();
        String newer = href(from, p.newest() ? p.listPath() : p.olderPath(n + 1));
        return new Views.Pager(null, p.newest() ? null : href(from, p.listPath()), newer,
                n > 1 ? href(from, p.olderPath(n - 1)) : null, n > 2 ? href(from, p.olderPath(1)) : null,
                List.of(new Views.PagerLink(n, href(from, p.path()), true, false)));
    }

    private Views.DigestPage digestView(DigestPage p, String from) {
        Digest d = p.digest();
        List<Views.DigestEntry> entries = new ArrayList<>();
        Map<PaperId, Views.DigestEntry> byPaper = new HashMap<>();
        String digestDate = iso(d.date());
        for (int i = 0; i < p.entries().size(); i++) {
            PageParts.DigestEntry e = p.entries().get(i);
            Views.PaperItem item = paperItem(e.item(), from, false, true, true);
            Views.DigestEntry entry = new Views.DigestEntry(i + 1, item, e.noteHtml().isEmpty() ? null : linked(e.noteHtml(), from),
                    item.isoDate() != null && item.isoDate().equals(digestDate));
            entries.add(entry);
            byPaper.putIfAbsent(e.item().paper().id(), entry);
        }
        return new Views.DigestPage(d.title(), human(d.date()), iso(d.date()), human(p.newestPaper()),
                d.introHtml().isEmpty() ? null : linked(d.introHtml(), from), d.sourceName(), d.sourceUrl().orElse(null), d.format(),
                entries.size(), entries, digestSections(d, entries, byPaper),
                p.bibliography().map(b -> href(from, b.path())).orElse(null));
    }

    /** The digest's own headings, each with its papers; one untitled section when the digest has none. */
    private static List<Views.DigestSection> digestSections(Digest d, List<Views.DigestEntry> entries,
            Map<PaperId, Views.DigestEntry> byPaper) {
        if (d.sections().isEmpty()) {
            return List.of(new Views.DigestSection("", "", entries));
        }
        List<Views.DigestSection> sections = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Digest.Section section : d.sections()) {
            List<Views.DigestEntry> listed = section.papers().stream().map(byPaper::get).filter(Objects::nonNull).toList();
            String title = section.title();
            String anchor = title.isEmpty() ? "" : "section-" + Slugs.of(title, "untitled");
            for (int n = 2; !title.isEmpty() && !anchors.add(anchor); n++) {
                anchor = "section-" + Slugs.of(title, "untitled") + "-" + n;
            }
            sections.add(new Views.DigestSection(title, anchor, listed));
        }
        return sections;
    }

    private Views.HubCard hubCard(PageParts.HubSummary h, String from) {
        return new Views.HubCard(href(from, SitePaths.hub(h.hub().id())), h.hub().name(), h.paperCount(),
                excerpt(textOf(h.hub().descriptionHtml(), "")), countedTagLinks(h.topTags(), from));
    }

    private Views.DigestItem digestItem(PageParts.DigestRef d, String from) {
        return new Views.DigestItem(href(from, SitePaths.digest(d.slug())), d.title(), human(d.date()), iso(d.date()),
                human(d.newestPaper()), d.paperCount());
    }

    /** Papers as tag and hub pages list them: no tags and no excerpt, which each paper's page shows. */
    private List<Views.PaperItem> paperItems(List<PageParts.PaperItem> items, String from) {
        return items.stream().map(i -> paperItem(i, from, false, false, false)).toList();
    }

    /**
     * A paper in a list. Its tags and its excerpt are shown in one place each (the home page's newest papers, a
     * digest's page), not on every tag and hub page the paper is on: they would repeat there, page after page.
     * Made once per folder, paper and choice of parts, as a paper is listed on many tag and hub pages; held
     * softly: on a very large site the memory may take some back and they are made again.
     */
    private Views.PaperItem paperItem(PageParts.PaperItem item, String from, boolean withTags, boolean withExcerpt,
            boolean markNew) {
        Paper p = item.paper();
        ItemKey key = new ItemKey(folderOf(from), (withTags ? 1 : 0) | (withExcerpt ? 2 : 0) | (markNew ? 4 : 0), p.slug());
        SoftReference<Views.PaperItem> known = items.get(key);
        Views.PaperItem view = known == null ? null : known.get();
        if (view == null) {
            // an item names no stylesheet or script: any page kind's links of the folder serve it
            Views.Links folderLinks = links(from, PageKind.TAG, false);
            // the paper's own date; else the digest's date the list is ordered by, labelled as such where the list is
            // (a digest's page lists its papers in its own order)
            Optional<PaperDate> own = item.date().filter(PaperDate::isOwn);
            Optional<PaperDate> listed = item.date().filter(d -> !d.isOwn() && !withExcerpt);
            view = new Views.PaperItem(href(from, SitePaths.paper(p.slug())), TexMath.asText(p.title()),
                    MathHtml.of(p.title()),
                    AuthorNames.shortened(p.authors()), own.map(PaperDate::human).orElse(null),
                    own.map(PaperDate::iso).orElse(null), listed.map(PaperDate::human).orElse(null),
                    listed.map(PaperDate::iso).orElse(null), p.arxivId().orElse(null),
                    PaperFacts.arxivAbsUrl(p).orElse(null), PaperFacts.pdfUrl(p).orElse(null),
                    PaperFacts.codeUrl(p).orElse(null), withTags ? tagLinks(item.tags(), from) : List.of(),
                    withExcerpt ? excerpt(TexMath.asText(p.abstractText())) : null,
                    markNew ? String.join(" ", p.digests()) : null,
                    new Views.RenderedOnce(v -> itemRenderer.apply(v, folderLinks)));
            items.put(key, new SoftReference<>(view));
        }
        return view;
    }

    private static List<Views.TagLink> countedTagLinks(List<PageParts.TagCount> tags, String from) {
        return tags.stream()
                .map(c -> new Views.TagLink(href(from, SitePaths.tag(c.tag().id())), c.tag().label(), c.count()))
                .toList();
    }

    private static List<Views.TagLink> tagLinks(List<Tag> tags, String from) {
        return tags.stream().map(t -> new Views.TagLink(href(from, SitePaths.tag(t.id())), t.label(), null)).toList();
    }

    private static List<Views.Link> hubLinks(List<PageParts.HubRef> hubs, String from) {
        return hubs.stream().map(h -> hubLink(h, from)).toList();
    }

    private static Views.Link hubLink(PageParts.HubRef h, String from) {
        return new Views.Link(href(from, SitePaths.hub(h.id())), h.name());
    }

    private static final Map<String, String> FIELD_WORDS = Map.of("arxiv", "arXiv", "doi", "DOI", "url", "URL", "pdf",
            "PDF", "isbn", "ISBN", "issn", "ISSN", "id", "ID");

    /**
     * A metadata key as a label: readers keep keys in lower case ("keywords", "arxiv categories"), which a page shows
     * as a heading would ("Keywords", "arXiv categories"); a key written with capitals is shown as written.
     */
    static String fieldLabel(String key) {
        if (key.isEmpty() || !key.equals(key.toLowerCase(Locale.ROOT))) {
            return key;
        }
        String[] words = key.split(" ", -1);
        boolean named = FIELD_WORDS.containsKey(words[0]);
        for (int i = 0; i < words.length; i++) {
            words[i] = FIELD_WORDS.getOrDefault(words[i], words[i]);
        }
        String label = String.join(" ", words);
        return named ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** Previous and Next in each digest that lists the paper and has another paper, each naming its digest. */
    private static List<Views.DigestPager> digestPagers(PaperPage p, String from) {
        List<Views.DigestPager> pagers = new ArrayList<>();
        for (PageParts.InDigest in : p.inDigests()) {
            if (in.previous().isPresent() || in.next().isPresent()) {
                pagers.add(new Views.DigestPager(href(from, SitePaths.digest(in.digest().slug())), in.digest().title(),
                        in.position(), in.digest().paperCount(), in.previous().map(x -> paperLink(x, from)).orElse(null),
                        in.next().map(x -> paperLink(x, from)).orElse(null)));
            }
        }
        return pagers;
    }

    private static Views.Link paperLink(Paper p, String from) {
        return new Views.Link(href(from, SitePaths.paper(p.slug())), TexMath.asText(p.title()));
    }

    private String siteDescription() {
        return "Papers, tags and topic hubs of " + settings.title();
    }

    /** A note's (or an introduction's) HTML with its wikilinks to papers as links from the page at {@code from}. */
    private static String linked(String html, String from) {
        return NoteLinks.toPages(html, slug -> href(from, SitePaths.paper(slug)));
    }

    private static String href(String from, String to) {
        return RelativeLinks.href(from, to);
    }

    private String human(Optional<LocalDate> date) {
        return date.map(d -> humanDates.computeIfAbsent(d, HUMAN_DATE::format)).orElse(null);
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private String textOf(String html, String fallback) {
        String text = html == null || html.isEmpty() ? "" : plainTexts.computeIfAbsent(html, h -> Jsoup.parse(h).text());
        return text.isEmpty() ? fallback : text;
    }

    /** The start of a text, cut at a word boundary, for lists and meta descriptions. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        String start = text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH);
        int end = start.length();
        while (end > 0 && " \t\n\u000B\f\r,;:.".indexOf(start.charAt(end - 1)) >= 0) {
            end--;
        }
        return start.substring(0, end) + "…";
    }
}
