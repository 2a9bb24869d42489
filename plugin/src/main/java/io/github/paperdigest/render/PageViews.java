package io.github.paperdigest.render;

import io.github.paperdigest.markup.ProseFormatter;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.site.DigestArchivePage;
import io.github.paperdigest.site.DigestPage;
import io.github.paperdigest.site.Feed;
import io.github.paperdigest.site.HomePage;
import io.github.paperdigest.site.HubIndexPage;
import io.github.paperdigest.site.HubPage;
import io.github.paperdigest.site.NotFoundPage;
import io.github.paperdigest.site.Page;
import io.github.paperdigest.site.Pagination;
import io.github.paperdigest.site.PageKind;
import io.github.paperdigest.site.PageParts;
import io.github.paperdigest.site.PaperPage;
import io.github.paperdigest.site.RelativeLinks;
import io.github.paperdigest.site.SearchPage;
import io.github.paperdigest.site.SitePaths;
import io.github.paperdigest.site.SiteSettings;
import io.github.paperdigest.site.TagIndexPage;
import io.github.paperdigest.site.TagPage;
import java.lang.ref.SoftReference;
import java.net.URI;
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
    static final String SCRIPT = SitePaths.asset("site.js");
    private static final int EXCERPT_LENGTH = 240;
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
    // a site has few dates, folders and hub descriptions, and they are shown on many pages
    private final Map<LocalDate, String> humanDates = new ConcurrentHashMap<>();
    private final Map<String, String> plainTexts = new ConcurrentHashMap<>();
    private final Map<String, Views.Links> links = new ConcurrentHashMap<>();
    private final Map<String, Views.Navigation> navigations = new ConcurrentHashMap<>();
    private final Map<String, SoftReference<Views.PaperItem>> items = new ConcurrentHashMap<>();
    private final BiFunction<Views.PaperItem, Views.Links, String> itemRenderer;

    /**
     * @param stylesheet   the theme's style.css, which the 404 page carries inside itself
     * @param itemRenderer renders a paper's list item, seen from the folder of the given links
     */
    PageViews(SiteSettings settings, ProseFormatter prose, String stylesheet,
            BiFunction<Views.PaperItem, Views.Links, String> itemRenderer) {
        this.settings = settings;
        this.prose = prose;
        this.stylesheet = stylesheet;
        this.itemRenderer = itemRenderer;
    }

    PageView view(Page page) {
        return page.accept(this);
    }

    @Override
    public PageView home(HomePage p) {
        return new PageView(p.kind(), layout(p, settings.title(), siteDescription(), "website", null),
                Map.of("home", homeView(p, p.path())));
    }

    @Override
    public PageView paper(PaperPage p) {
        String canonical = canonical(p);
        String jsonLd = canonical == null ? null : StructuredData.scholarlyArticle(p, canonical);
        return new PageView(p.kind(), layout(p, documentTitle(p), excerpt(p.paper().abstractText()), "article", jsonLd),
                Map.of("paper", paperView(p, p.path())));
    }

    @Override
    public PageView tag(TagPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), p.pagination().totalItems() + " papers tagged "
                + p.tag().label(), "website", null), Map.of("tag", tagView(p, p.path())));
    }

    @Override
    public PageView tagIndex(TagIndexPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "All tags of " + settings.title(), "website", null),
                Map.of("tagIndex", new Views.TagIndex(p.tags().size(), p.unlistedCount(), countedTagLinks(p.tags(), p.path()))));
    }

    @Override
    public PageView hub(HubPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), textOf(p.hub().descriptionHtml(), p.hub().name()),
                "website", null), Map.of("hub", hubView(p, p.path())));
    }

    @Override
    public PageView hubIndex(HubIndexPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "Topic hubs of " + settings.title(), "website", null),
                Map.of("hubIndex", new Views.HubIndex(p.hubs().size(),
                        p.hubs().stream().map(h -> hubCard(h, p.path())).toList())));
    }

    @Override
    public PageView digest(DigestPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), p.entries().size() + " papers from "
                + p.digest().title(), "website", null), Map.of("digest", digestView(p, p.path())));
    }

    @Override
    public PageView digestArchive(DigestArchivePage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "All digests of " + settings.title() + " by date",
                "website", null), Map.of("archive", archive(p, p.path())));
    }

    @Override
    public PageView search(SearchPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "Search the " + p.paperCount() + " papers of "
                + settings.title(), "website", null), Map.of("search", searchView(p)));
    }

    @Override
    public PageView notFound(NotFoundPage p) {
        return new PageView(p.kind(), layout(p, documentTitle(p), "This page does not exist.", null, null),
                Map.of("notFound", new Views.NotFound(stylesheet, siteRootPath().orElse(null))));
    }

    /**
     * What the layout shows of a page. {@code ogType} is null for a page with no address of its own; Open
     * Graph is shown only where the site's base URL is known.
     */
    private Views.Layout layout(Page page, String documentTitle, String description, String ogType, String jsonLd) {
        String from = page.path();
        String canonical = ogType == null ? null : canonical(page);
        Optional<String> feed = page.feed().map(Feed::path);
        return new Views.Layout(settings.language(), documentTitle, settings.title(), description, settings.generator(),
                page.kind().id(), canonical, canonical == null ? null : ogType, page.title(), jsonLd,
                feed.map(f -> href(from, f)).orElse(null), feed.map(f -> "Atom feed: " + page.title()).orElse(null),
                navigation(from, page.kind()), links(from), settings.parentSite()
                        .map(parent -> new Views.ParentSite(parent.name(), RelativeLinks.toRoot(from) + parent.href()))
                        .orElse(null));
    }

    /** The page's published URL, when the site's base URL is known. */
    private String canonical(Page page) {
        return settings.baseUrl().map(base -> base + page.path()).orElse(null);
    }

    /** The title of the browser's tab: the page's, with its number in a long list, then the site's. */
    private String documentTitle(Page page) {
        Pagination p = page.pagination();
        String number = p.page() == 1 ? "" : " (page " + p.page() + " of " + p.pageCount() + ")";
        return page.title() + number + " · " + settings.title();
    }

    /** The site's sections as seen from a page, and the one the page is in; the same for a folder's pages. */
    private Views.Navigation navigation(String from, PageKind kind) {
        String section = switch (kind) {
            case HOME -> "home";
            case TAG, TAG_INDEX -> "tags";
            case HUB, HUB_INDEX -> "hubs";
            case DIGEST, DIGEST_ARCHIVE -> "digests";
            case SEARCH -> "search";
            case PAPER, NOT_FOUND -> "";
        };
        return navigations.computeIfAbsent(folderOf(from) + "\0" + section, k -> new Views.Navigation(
                href(from, SitePaths.HOME), href(from, SitePaths.TAG_INDEX), href(from, SitePaths.HUB_INDEX),
                href(from, SitePaths.DIGEST_ARCHIVE), href(from, SitePaths.SEARCH), section));
    }

    /** Where the theme's files and the site root are from a page; the same for a folder's pages. */
    private Views.Links links(String from) {
        return links.computeIfAbsent(folderOf(from), k -> new Views.Links(href(from, STYLE), href(from, SCRIPT),
                href(from, SitePaths.SEARCH_INDEX), RelativeLinks.toRoot(from)));
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
                p.digests().stream().map(d -> digestItem(d, from)).toList(),
                p.hubs().stream().map(h -> hubCard(h, from)).toList(), countedTagLinks(p.topTags(), from),
                TagChart.svg(p.topTags()), href(from, SitePaths.FEED));
    }

    private Views.Paper paperView(PaperPage p, String from) {
        Paper paper = p.paper();
        List<Views.ExternalLink> links = new ArrayList<>();
        for (Link link : paper.links()) {
            links.add(new Views.ExternalLink(link.kind().label(), link.url(), host(link.url())));
        }
        List<Views.Related> related = p.related().stream()
                .map(n -> new Views.Related(href(from, SitePaths.paper(n.paper().slug())), n.paper().title(),
                        n.percent() + "%",
                        n.sharedTags().stream().map(Tag::label).toList()))
                .toList();
        List<Views.Note> notes = new ArrayList<>();
        for (Paper.Note note : paper.notes()) {
            PageParts.DigestRef d = p.digests().stream().filter(x -> x.slug().equals(note.digestSlug())).findFirst()
                    .orElseThrow();
            notes.add(new Views.Note(href(from, SitePaths.digest(d.slug())), d.title(), note.html()));
        }
        List<Views.Field> fields = new ArrayList<>();
        paper.venue().ifPresent(v -> fields.add(new Views.Field("Venue", v)));
        paper.doi().ifPresent(doi -> fields.add(new Views.Field("DOI", doi)));
        paper.upvotes().ifPresent(u -> fields.add(new Views.Field("Upvotes", String.valueOf(u))));
        paper.extra().forEach((k, v) -> fields.add(new Views.Field(k, v)));
        return new Views.Paper(paper.title(), prose.toHtml(paper.abstractText()), paper.abstractTruncated(),
                String.join(", ", paper.authors()), human(paper.published()), iso(paper.published()),
                paper.arxivId().orElse(null), paper.arxivId().map(id -> "https://arxiv.org/abs/" + id).orElse(null),
                links, tagLinks(p.tags(), from), hubLinks(p.hubs(), from),
                p.digests().stream().map(d -> digestItem(d, from)).toList(), related,
                p.previous().map(x -> paperLink(x, from)).orElse(null), p.next().map(x -> paperLink(x, from)).orElse(null),
                notes, fields);
    }

    private Views.TagPage tagView(TagPage p, String from) {
        return new Views.TagPage(p.tag().label(), p.tag().descriptionHtml(), p.pagination().totalItems(),
                paperItems(p.papers(), from), countedTagLinks(p.relatedTags(), from), hubLinks(p.hubs(), from),
                pager(p.pagination(), from));
    }

    private Views.HubPage hubView(HubPage p, String from) {
        return new Views.HubPage(p.hub().name(), p.hub().descriptionHtml(), p.pagination().totalItems(),
                p.parent().map(h -> hubLink(h, from)).orElse(null), hubLinks(p.children(), from),
                countedTagLinks(p.tags(), from), paperItems(p.keyPapers(), from), paperItems(p.papers(), from),
                p.relatedHubs().stream().map(l -> new Views.TagLink(href(from, SitePaths.hub(l.hub().id())),
                        l.hub().name(), l.sharedPapers())).toList(),
                TimelineChart.svg(p.timeline(), p.hub().name()), pager(p.pagination(), from));
    }

    private static Views.Pager pager(Pagination pagination, String from) {
        if (pagination.pageCount() == 1) {
            return null;
        }
        int page = pagination.page();
        int count = pagination.pageCount();
        List<Views.PagerLink> pages = new ArrayList<>();
        int shown = 0;
        for (int n : PagerWindow.numbers(page, count)) {
            if (n > shown + 1) {
                pages.add(Views.PagerLink.leftOut());
            }
            pages.add(new Views.PagerLink(n, href(from, pagination.pagePaths().get(n - 1)), n == page, false));
            shown = n;
        }
        return new Views.Pager(page, count, page > 1 ? href(from, pagination.pagePaths().get(page - 2)) : null,
                page < count ? href(from, pagination.pagePaths().get(page)) : null, pages);
    }

    private Views.DigestPage digestView(DigestPage p, String from) {
        Digest d = p.digest();
        List<Views.DigestEntry> entries = new ArrayList<>();
        Map<PaperId, Views.DigestEntry> byPaper = new HashMap<>();
        for (int i = 0; i < p.entries().size(); i++) {
            PageParts.DigestEntry e = p.entries().get(i);
            Views.DigestEntry entry = new Views.DigestEntry(i + 1, paperItem(e.item(), from),
                    e.noteHtml().isEmpty() ? null : e.noteHtml());
            entries.add(entry);
            byPaper.putIfAbsent(e.item().paper().id(), entry);
        }
        return new Views.DigestPage(d.title(), human(d.date()), iso(d.date()), d.introHtml().isEmpty() ? null : d.introHtml(),
                d.sourceName(), d.sourceUrl().orElse(null), d.format(), entries.size(), entries,
                digestSections(d, entries, byPaper));
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
                d.paperCount());
    }

    private List<Views.PaperItem> paperItems(List<PageParts.PaperItem> items, String from) {
        return items.stream().map(i -> paperItem(i, from)).toList();
    }

    /**
     * A paper as the lists of a folder show it: made once per folder and paper, as a paper is listed on many tag
     * and hub pages. Held softly: on a very large site the memory may take some back and they are made again.
     */
    private Views.PaperItem paperItem(PageParts.PaperItem item, String from) {
        Paper p = item.paper();
        String key = folderOf(from) + p.slug();
        SoftReference<Views.PaperItem> known = items.get(key);
        Views.PaperItem view = known == null ? null : known.get();
        if (view == null) {
            Views.Links folderLinks = links(from);
            view = new Views.PaperItem(href(from, SitePaths.paper(p.slug())), p.title(), human(item.date()),
                    iso(item.date()), tagLinks(item.tags(), from), excerpt(p.abstractText()),
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

    private static Views.Link paperLink(Paper p, String from) {
        return new Views.Link(href(from, SitePaths.paper(p.slug())), p.title());
    }

    private String siteDescription() {
        return "Papers, tags and topic hubs of " + settings.title();
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
