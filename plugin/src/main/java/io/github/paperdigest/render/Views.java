package io.github.paperdigest.render;

import java.util.List;

/**
 * What templates see. Every field is ready to print: text is escaped by Mustache, fields named
 * {@code ...Html} hold HTML already sanitised, and every href is relative to the page being rendered.
 * Absent values are null or empty lists, which Mustache treats as false.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page's layout shows. {@code feedHref} is the feed that follows the page, if any;
     * {@code canonicalUrl}, {@code ogType} and {@code jsonLd} are set only when the site's base URL is known.
     * The navigation and the links to the theme's files are scopes of their own, which templates reach by
     * their fields' names ({@code {{homeHref}}}, {@code {{styleHref}}}).
     */
    public record Layout(String lang, String documentTitle, String siteTitle, String description, String generator,
            String pageKind, String canonicalUrl, String ogType, String ogTitle, String jsonLd, String feedHref,
            String feedTitle, Navigation nav, Links links, ParentSite parentSite) {
    }

    /** The site the paper site is part of (a project's Maven site), linked from every page; null when none. */
    public record ParentSite(String name, String href) {
    }

    /**
     * The site's sections as links from the page, and the section the page is in ("home", "tags", "hubs",
     * "digests", "search", or "" for a paper's page and the 404 page).
     */
    public record Navigation(String homeHref, String tagsHref, String hubsHref, String digestsHref, String searchHref,
            String section) {
        public boolean isHome() {
            return section.equals("home");
        }

        public boolean isTags() {
            return section.equals("tags");
        }

        public boolean isHubs() {
            return section.equals("hubs");
        }

        public boolean isDigests() {
            return section.equals("digests");
        }

        public boolean isSearch() {
            return section.equals("search");
        }
    }

    /**
     * The theme's files and the site root as links from the page.
     *
     * @param rootHref        the way from the page back to the site root ("" or "../"), for the search
     *                        script, which makes links to results from the root-relative paths of the index
     * @param searchIndexHref the search index script, which the search script loads when it needs it
     */
    public record Links(String styleHref, String scriptHref, String searchIndexHref, String rootHref) {
    }

    public record Link(String href, String label) {
    }

    /** A link to a tag; {@code count} is null where no count is shown. */
    public record TagLink(String href, String label, Integer count) {
    }

    /** A list of tags shown as a cloud. */
    public record TagCloud(List<TagLink> tags) {
        static TagCloud of(List<TagLink> tags) {
            return tags.isEmpty() ? null : new TagCloud(tags);
        }
    }

    public record ExternalLink(String kind, String url, String host) {
    }

    /**
     * A paper in a list. {@link #html} is the item as {@code partials/paper-item.mustache} renders it, made the first
     * time a list shows it and then shown as it is by every list of the same folder (a paper is listed on many tag
     * and hub pages); the other fields are there for templates that draw an item themselves.
     */
    public record PaperItem(String href, String title, String date, String isoDate, List<TagLink> tags, String excerpt,
            RenderedOnce rendered) {
        public PaperItem {
            tags = List.copyOf(tags);
        }

        public boolean hasTags() {
            return !tags.isEmpty();
        }

        /** The rendered item, without the line break that ends it (the list puts one after each item). */
        public String html() {
            return rendered.of(this);
        }
    }

    /** A list item's HTML, made by its renderer the first time it is asked for. */
    public static final class RenderedOnce {
        private final java.util.function.Function<PaperItem, String> renderer;
        private volatile String html;

        RenderedOnce(java.util.function.Function<PaperItem, String> renderer) {
            this.renderer = renderer;
        }

        String of(PaperItem item) {
            String made = html;
            if (made == null) {
                made = renderer.apply(item);
                html = made;
            }
            return made;
        }
    }

    /** A list of papers for the paper-list partial. */
    public record PaperList(List<PaperItem> papers) {
    }

    public record DigestItem(String href, String title, String date, String isoDate, int paperCount) {
    }

    public record HubCard(String href, String name, int paperCount, String summary, List<TagLink> tags) {
        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    public record Related(String href, String title, String similarity, List<String> sharedTags) {
        public boolean hasSharedTags() {
            return !sharedTags.isEmpty();
        }
    }

    public record Note(String digestHref, String digestTitle, String html) {
    }

    public record Field(String name, String value) {
    }

    public record DigestEntry(int position, PaperItem paper, String noteHtml) {
    }

    public record Home(String title, int paperCount, int digestCount, int tagCount, int hubCount, List<DigestItem> digests,
            List<HubCard> hubs, List<TagLink> topTags, String tagChartSvg, String feedHref) {
        public boolean hasDigests() {
            return !digests.isEmpty();
        }

        public boolean hasHubs() {
            return !hubs.isEmpty();
        }

        public boolean hasTopTags() {
            return !topTags.isEmpty();
        }

        public TagCloud topTagList() {
            return TagCloud.of(topTags);
        }
    }

    public record Paper(String title, String abstractHtml, boolean truncated, String authors, String date, String isoDate,
            String arxivId, String arxivUrl, List<ExternalLink> links, List<TagLink> tags, List<Link> hubs,
            List<DigestItem> digests, List<Related> related, Link previous, Link next, List<Note> notes,
            List<Field> fields) {
        public boolean hasTags() {
            return !tags.isEmpty();
        }

        public boolean hasLinks() {
            return !links.isEmpty();
        }

        public boolean hasNotes() {
            return !notes.isEmpty();
        }

        public boolean hasFields() {
            return !fields.isEmpty();
        }

        public boolean hasHubs() {
            return !hubs.isEmpty();
        }

        public boolean hasRelated() {
            return !related.isEmpty();
        }

        public boolean hasNeighbours() {
            return previous != null || next != null;
        }

        /** False when no digest gave the abstract: the page says so and links to where it can be read. */
        public boolean hasAbstract() {
            return !abstractHtml.isEmpty();
        }

        /** Where to read the paper: its arXiv page, else its first paper or PDF link, else its first link. */
        public ExternalLink readAt() {
            if (arxivUrl != null) {
                return new ExternalLink("Paper", arxivUrl, "arxiv.org");
            }
            return links.stream().filter(l -> l.kind().equals("Paper") || l.kind().equals("PDF")).findFirst()
                    .orElse(links.isEmpty() ? null : links.get(0));
        }
    }

    /**
     * The links between the pages of a long list; null where the list fits on one page. {@code pages} are the first
     * and last pages and those around this one, with a gap where pages are left out.
     */
    public record Pager(int page, int pageCount, String previousHref, String nextHref, List<PagerLink> pages) {
    }

    /** A page of a long list, or ({@code gap}) the pages left out between two that are shown. */
    public record PagerLink(int number, String href, boolean current, boolean gap) {
        static PagerLink leftOut() {
            return new PagerLink(0, null, false, true);
        }
    }

    public record TagPage(String label, String descriptionHtml, int paperCount, List<PaperItem> papers,
            List<TagLink> relatedTags, List<Link> hubs, Pager pager) {
        public boolean isFirstPage() {
            return pager == null || pager.page() == 1;
        }

        public boolean hasHubs() {
            return !hubs.isEmpty();
        }

        public boolean hasRelatedTags() {
            return !relatedTags.isEmpty();
        }

        public TagCloud relatedTagList() {
            return TagCloud.of(relatedTags);
        }
    }

    public record TagIndex(int count, int unlistedCount, List<TagLink> tags) {
    }

    public record HubPage(String name, String descriptionHtml, int paperCount, Link parent, List<Link> children,
            List<TagLink> tags, List<PaperItem> keyPapers, List<PaperItem> papers, List<TagLink> relatedHubs,
            String timelineSvg, Pager pager) {
        public boolean isFirstPage() {
            return pager == null || pager.page() == 1;
        }

        public boolean hasKeyPapers() {
            return !keyPapers.isEmpty();
        }

        /** The key papers where the paper-list partial expects them, under "papers". */
        public PaperList keyPaperList() {
            return new PaperList(keyPapers);
        }

        public boolean hasRelatedHubs() {
            return !relatedHubs.isEmpty();
        }

        public boolean hasChildren() {
            return !children.isEmpty();
        }

        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    public record HubIndex(int count, List<HubCard> hubs) {
    }

    public record ArchiveMonth(String label, String isoMonth, List<DigestItem> digests) {
    }

    public record ArchiveYear(int year, List<ArchiveMonth> months) {
    }

    public record DigestArchive(int count, List<ArchiveYear> years, List<DigestItem> undated) {
        public boolean hasUndated() {
            return !undated.isEmpty();
        }
    }

    /** A choice of a filter: the value its URL parameter takes and what it is called. */
    public record Option(String value, String label) {
    }

    /** The search page: the filters it offers besides tags, which the script lists from the results. */
    public record SearchPage(int paperCount, List<Option> hubs, List<Option> digests) {
        public boolean hasHubs() {
            return !hubs.isEmpty();
        }

        public boolean hasDigests() {
            return !digests.isEmpty();
        }
    }

    /**
     * The page for a missing path, which a host may serve at any depth of the site.
     *
     * @param stylesheet   the theme's stylesheet, put inside the page: its relative link would not load
     *                     where the page is served deeper than the site root
     * @param siteRootPath the path of the site's published URL ("/repo/papers/") when the project gives it,
     *                     else null and the page's script looks for the root
     */
    public record NotFound(String stylesheet, String siteRootPath) {
    }

    public record DigestPage(String title, String date, String isoDate, String introHtml, String sourceName,
            String sourceUrl, String format, int paperCount, List<DigestEntry> entries, List<DigestSection> sections) {
    }

    /** Papers of a digest under one of its headings; the title is empty for papers before the first heading. */
    public record DigestSection(String title, String anchor, List<DigestEntry> entries) {
        public boolean titled() {
            return !title.isEmpty();
        }
    }
}
