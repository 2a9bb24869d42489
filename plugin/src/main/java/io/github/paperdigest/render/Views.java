package io.github.paperdigest.render;

import io.github.paperdigest.model.Counted;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What templates see. Every field is ready to print: text is escaped by Mustache, fields named
 * {@code ...Html} hold HTML already sanitised, and every href is relative to the page being rendered.
 * Absent values are null or empty lists, which Mustache treats as false.
 */
public final class Views {

    private Views() {
    }

    /** A view that counts papers, and the noun to say the count with: {@code {{paperCount}} {{paperNoun}}}. */
    public interface PaperCount {
        int paperCount();

        default String paperNoun() {
            return Counted.noun(paperCount(), "paper");
        }
    }

    /**
     * What every page's layout shows. {@code feedHref} is the feed that follows the page, if any;
     * {@code canonicalUrl}, {@code ogType} and {@code jsonLd} are set only when the site's base URL is known;
     * {@code description} is null for a page with nothing to describe it (a paper without abstract).
     * The navigation and the links to the theme's files are scopes of their own, which templates reach by
     * their fields' names ({@code {{homeHref}}}, {@code {{styleHref}}}).
     */
    public record Layout(String lang, String documentTitle, String siteTitle, String description, String generator,
            String pageKind, String canonicalUrl, String ogType, String ogTitle, String jsonLd, String feedHref,
            String feedTitle, String bibHref, List<Meta> citationMeta, String mathStyleHref, Navigation nav,
            Links links, ParentSite parentSite) {
    }

    /** A {@code <meta name content>} tag, such as Highwire Press's {@code citation_title}. */
    public record Meta(String name, String content) {
    }

    /** The site the paper site is part of (a project's Maven site), linked from every page; null when none. */
    public record ParentSite(String name, String href) {
    }

    /**
     * The site's sections as links from the page, and the section the page is in ("home", "tags", "hubs",
     * "digests", "search", or "" for a paper's page and the 404 page).
     */
    public record Navigation(String homeHref, String tagsHref, String hubsHref, String digestsHref, String searchHref,
            String authorsHref, String readingListHref, String section) {
        public boolean isAuthors() {
            return section.equals("authors");
        }

        public boolean isReadingList() {
            return section.equals("reading-list");
        }

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
     * @param scriptHrefs     the theme's scripts the page runs, in the order they load
     * @param paperShards     how many files of {@code paper-data/} hold the papers' data for scripts, which the
     *                        scripts need to find a paper's
     */
    public record Links(String styleHref, List<String> scriptHrefs, String searchIndexHref, String rootHref,
            int paperShards) {
    }

    public record Link(String href, String label) {
    }

    /** A link to a tag; {@code count} is null where no count is shown. */
    public record TagLink(String href, String label, Integer count) {
        /** The count in words, "1 paper" or "3 papers"; empty without a count. */
        public String papers() {
            return count == null ? "" : Counted.of(count, "paper");
        }

        /** "paper" or "papers", as the count says, for the words a screen reader says after it; empty without one. */
        public String paperNoun() {
            return count == null ? "" : Counted.noun(count, "paper");
        }
    }

    /** A list of tags shown as a cloud. */
    public record TagCloud(List<TagLink> tags) {
        static TagCloud of(List<TagLink> tags) {
            return tags.isEmpty() ? null : new TagCloud(tags);
        }
    }

    /** A link out of the site, labelled with what it leads to ("PDF", "Code"), and the site it is on. */
    public record ExternalLink(String label, String url, String host) {
    }

    /**
     * A paper in a list: its title (HTML, formulas marked; {@code title} the plain title, which its links out name for a
     * screen reader: "Code for …"), its authors shortened ("A, B et al."), its own date as far
     * as it is known ("17 Jan 2024", "Oct 2023", "2019"), else, where the list is ordered by it, {@code listedDate}:
     * the date of the first dated digest that listed it, which the item labels as such ("in digest 24 Jan 2025");
     * its arXiv id, PDF and code where known; tags and an excerpt only where the list shows them;
     * {@code digests} are the slugs of the digests that list it, space-separated, where the list marks papers new
     * since the reader's last visit (a paper is new when the reader has seen none of its digests).
     * {@link #html} is the item as {@code partials/paper-item.mustache} renders it, made the first time a list
     * shows it and then shown as it is by every list of the same folder that shows the same parts (a paper is
     * listed on many tag and hub pages); the other fields are there for templates that draw an item themselves.
     */
    public record PaperItem(String href, String title, String titleHtml, String authors, String date, String isoDate,
            String listedDate, String listedIsoDate, String arxivId, String arxivHref, String pdfHref, String codeHref,
            List<TagLink> tags, String excerpt, String digests, RenderedOnce rendered) {
        public PaperItem {
            tags = List.copyOf(tags);
        }

        /** False when the item has nothing to show under its title: no empty line is drawn. */
        public boolean hasMeta() {
            return date != null || listedDate != null || hasAuthorsOrLinks();
        }

        /** Whether the item has authors or links to show under its title. */
        public boolean hasAuthorsOrLinks() {
            return authors != null || arxivId != null || pdfHref != null || codeHref != null;
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

    /**
     * The papers before and after a paper in one digest that lists it: the digest named and linked, so that a reader
     * knows which digest Previous and Next go through; {@code position} is the paper's place in it, from 1.
     */
    public record DigestPager(String digestHref, String digestTitle, int position, int paperCount, Link previous,
            Link next) {
    }

    /** An author of a paper, linked to their page where they have one. */
    public record AuthorLink(String name, String href) {
    }

    /** A list of papers for the paper-list partial. */
    public record PaperList(List<PaperItem> papers) {
    }

    /** A digest in a list; {@code newestPaper} is said of an undated digest, when its papers have dates. */
    public record DigestItem(String href, String title, String date, String isoDate, String newestPaper,
            int paperCount) implements PaperCount {
    }

    public record HubCard(String href, String name, int paperCount, String summary, List<TagLink> tags)
            implements PaperCount {
        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    /** A related paper; {@code similarity} is a word ("Very similar"), or null where the score says little. */
    public record Related(String href, String titleHtml, String similarity, List<String> sharedTags) {
        public boolean hasSharedTags() {
            return !sharedTags.isEmpty();
        }
    }

    public record Note(String digestHref, String digestTitle, String html) {
    }

    /**
     * A fact about the paper that has no place of its own, as the digest names it ("Presenter", "Slides").
     *
     * @param href the value's address when the value is one (a field that holds a link: "Slides" and its address), for
     *             the page to link; null otherwise
     */
    public record Field(String name, String value, String href) {
        public Field(String name, String value) {
            this(name, value, null);
        }

        /** A field whose value, when it is an http(s) address and nothing else, is linked. */
        static Field linkedIfAddress(String name, String value) {
            boolean address = WEB_ADDRESS.matcher(value).matches();
            return new Field(name, value, address ? value : null);
        }

        private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    }

    /**
     * A paper on its digest's page. {@code paperDate} is the paper's own date where it says more than the page's
     * heading does: not when it is the digest's own date, as every paper of a day's listing would repeat it.
     */
    public record DigestEntry(int position, PaperItem paper, String noteHtml, boolean digestsOwnDate) {

        public String paperDate() {
            return digestsOwnDate ? null : paper.date();
        }

        public String paperIsoDate() {
            return digestsOwnDate ? null : paper.isoDate();
        }

        /** Whether the line under the title has anything to show. */
        public boolean showsMeta() {
            return paperDate() != null || paper.hasAuthorsOrLinks();
        }
    }

    /**
     * The home page. {@code siteDigests} are the slugs of all the site's digests, space-separated: what the reading
     * list's script remembers of this visit, to tell which papers are new at the next.
     */
    public record Home(String title, int paperCount, int digestCount, int tagCount, int hubCount,
            List<PaperItem> papers, List<DigestItem> digests, List<HubCard> hubs, List<TagLink> topTags,
            String feedHref, String siteDigests) implements PaperCount {
        public String digestNoun() {
            return Counted.noun(digestCount, "digest");
        }

        public String hubNoun() {
            return Counted.noun(hubCount, "topic hub");
        }

        public String tagNoun() {
            return Counted.noun(tagCount, "tag");
        }

        public boolean hasPapers() {
            return !papers.isEmpty();
        }

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

    /**
     * A paper's page. {@code links} lead out: its PDF, arXiv, Hugging Face and its record's links, or searches
     * for its title where no id is known. {@code title} is the plain title, {@code titleHtml} the same with its
     * formulas marked. {@code bibtexHtml} is its BibTeX entry, escaped for HTML, {@code bibHref} a link that downloads it,
     * {@code risHref} one that downloads its RIS record. {@code moreAuthors}: the digests name only the first authors
     * ("Zhuang et al."), and the byline says "et al." after them rather than show them as all. {@code finalAuthor}: the
     * last author as RIS writes a name, when the RIS record names only the first hundred (else null), for the Cite
     * block's APA text. {@code editorRole}: "Ed." or "Eds." when the byline names an edited book's editors, which it
     * does when the book names no author (else null).
     */
    public record Paper(String title, String titleHtml, String abstractHtml, boolean truncated, List<AuthorLink> authors,
            String date, String isoDate, String arxivId, String venue, List<ExternalLink> links, boolean searchLinks,
            List<TagLink> tags, List<Link> hubs, List<DigestItem> digests, List<Related> related,
            List<DigestPager> pagers, List<Note> notes, List<Field> fields, String bibtexHtml, String bibHref, String risHref,
            String slug, boolean moreAuthors, String finalAuthor, String editorRole) {
        /** False when the page has no date, arXiv id or venue to show under the authors: no empty line is drawn. */
        public boolean hasMeta() {
            return date != null || arxivId != null || venue != null;
        }

        public boolean hasAuthors() {
            return !authors.isEmpty();
        }

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

        public boolean hasPagers() {
            return !pagers.isEmpty();
        }

        /** False when no digest gave the abstract: the page says so and links to where it can be read. */
        public boolean hasAbstract() {
            return !abstractHtml.isEmpty();
        }

        /** Where to read the paper: its arXiv page, else its own page, its DOI or its PDF, else its first link. */
        public ExternalLink readAt() {
            for (String label : List.of("arXiv", "Paper", "DOI", "PDF")) {
                for (ExternalLink link : links) {
                    if (link.label().equals(label)) {
                        return link;
                    }
                }
            }
            return links.isEmpty() ? null : links.get(0);
        }
    }

    /**
     * The links between the pages of a long list, newest first (see {@code site.Pagination}); null where the list fits
     * on one page. {@code pages} are pages of older papers by their numbers, with a gap where pages are left out; any
     * other field may be null.
     */
    public record Pager(String caption, String newestHref, String newerHref, String olderHref, String oldestHref,
            List<PagerLink> pages) {
    }

    /** A page of a long list, or ({@code gap}) the pages left out between two that are shown. */
    public record PagerLink(int number, String href, boolean current, boolean gap) {
        static PagerLink leftOut() {
            return new PagerLink(0, null, false, true);
        }
    }

    public record TagPage(String label, String descriptionHtml, int paperCount, List<PaperItem> papers,
            List<TagLink> relatedTags, List<Link> hubs, Pager pager) implements PaperCount {
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
        public String tagNoun() {
            return Counted.noun(count, "tag");
        }

        public String unlistedNoun() {
            return Counted.noun(unlistedCount, "tag");
        }

        /** Whether some tags are left out: Mustache takes a count of 0 for a value to show. */
        public boolean hasUnlisted() {
            return unlistedCount > 0;
        }
    }

    public record HubPage(String name, String descriptionHtml, int paperCount, Link parent, List<Link> children,
            List<TagLink> tags, List<PaperItem> keyPapers, List<PaperItem> papers, List<TagLink> relatedHubs,
            String timelineSvg, Pager pager) implements PaperCount {
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

    /**
     * A page of a tag's or a hub's older papers, the {@code first}th to the {@code last}th counted from the oldest.
     *
     * @param sectionHref the index of tags, or of hubs
     * @param listHref    the tag's or the hub's own page
     */
    public record OlderPapers(String sectionHref, String sectionLabel, String listHref, String label, int first, int last,
            List<PaperItem> papers, Pager pager) {
    }

    public record HubIndex(int count, List<HubCard> hubs) {
        public String hubNoun() {
            return Counted.noun(count, "hub");
        }

        /** No hub to show: too few papers for a derived hub to say anything, and none declared. */
        public boolean none() {
            return count == 0;
        }
    }

    public record ArchiveMonth(String label, String isoMonth, List<DigestItem> digests) {
    }

    public record ArchiveYear(int year, List<ArchiveMonth> months) {
    }

    public record DigestArchive(int count, List<ArchiveYear> years, List<DigestItem> undated) {
        public String digestNoun() {
            return Counted.noun(count, "digest");
        }

        public boolean hasUndated() {
            return !undated.isEmpty();
        }
    }

    /** An author's page: their papers and those they write with most. */
    public record AuthorPage(String name, int paperCount, List<PaperItem> papers, List<TagLink> coAuthors)
            implements PaperCount {
        public boolean hasCoAuthors() {
            return !coAuthors.isEmpty();
        }
    }

    /** The authors with a page, by family name: each a link with their number of papers. */
    public record AuthorIndex(int count, List<TagLink> authors) {
        public String authorNoun() {
            return Counted.noun(count, "author");
        }

        /** No author has two papers yet: the page says so rather than "0 authors". */
        public boolean none() {
            return count == 0;
        }
    }

    /** The reading list page, which its script fills from the browser's storage. */
    public record ReadingList(int paperCount) implements PaperCount {
    }

    /** A choice of a filter: the value its URL parameter takes and what it is called. */
    public record Option(String value, String label) {
    }

    /** The search page: the filters it offers besides tags, which the script lists from the results. */
    public record SearchPage(int paperCount, List<Option> hubs, List<Option> digests) implements PaperCount {
        public boolean hasHubs() {
            return !hubs.isEmpty();
        }

        public boolean hasDigests() {
            return !digests.isEmpty();
        }
    }

    /**
     * A page at an address another page had: where it leads ({@code targetHref}, relative; {@code targetUrl}, the
     * published address when the site's base URL is known, else null) and the title of what it leads to; and both
     * addresses from the site root, for the reading list to keep a mark made at the old one under the new.
     */
    public record Moved(String title, String targetHref, String targetUrl, String movedFrom, String movedTo) {
    }

    /**
     * The page for a missing path, which a host may serve at any depth of the site.
     *
     * @param stylesheet   the theme's stylesheet, put inside the page: its relative link would not load
     *                     where the page is served deeper than the site root
     * @param script       the theme's not-found.js, put inside the page for the same reason
     * @param siteRootPath the path of the site's published URL ("/repo/papers/") when the project gives it,
     *                     else null and the page's script looks for the root
     * @param siteScripts  the site's scripts from the site root, space-separated, which the page's script loads
     *                     once it knows where the root is
     */
    public record NotFound(String stylesheet, String script, String siteRootPath, String siteScripts) {
    }

    /**
     * The page at an address several papers' titles would give them, which lists them. {@code title} is its heading
     * ("Papers titled “…”", or "2 papers share this address" for titles that differ past the slug's length);
     * {@code sameTitle} says which; {@code address} is the page's own path from the site root, as a person would have
     * copied it ("paper/attention-is-all-you-need.html").
     */
    public record Disambiguation(String title, boolean sameTitle, String address, List<Choice> papers)
            implements PaperCount {
        @Override
        public int paperCount() {
            return papers.size();
        }
    }

    /**
     * One of the papers an address may have been meant for: the paper as lists show it, its DOI (which tells apart two
     * papers that have no arXiv id) and the digests that list it.
     */
    public record Choice(PaperItem paper, String doi, List<ListedIn> digests) {
        /** Whether the line under the title has anything to show. */
        public boolean hasMeta() {
            return paper.hasMeta() || doi != null;
        }

        public boolean hasDigests() {
            return !digests.isEmpty();
        }
    }

    /** A digest that lists a paper, linked; {@code last} is the last of the paper's, which no comma follows. */
    public record ListedIn(String href, String title, String date, String isoDate, boolean last) {
    }

    public record DigestPage(String title, String date, String isoDate, String newestPaper, String introHtml,
            String sourceName, String sourceUrl, String format, int paperCount, List<DigestEntry> entries,
            List<DigestSection> sections, String bibHref) implements PaperCount {
    }

    /** Papers of a digest under one of its headings; the title is empty for papers before the first heading. */
    public record DigestSection(String title, String anchor, List<DigestEntry> entries) {
        public boolean titled() {
            return !title.isEmpty();
        }
    }
}
