package io.github.paperdigest.site;

import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.FormerIds;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.SharedSlug;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.PageParts.DigestEntry;
import io.github.paperdigest.site.PageParts.DigestRef;
import io.github.paperdigest.site.PageParts.HubLink;
import io.github.paperdigest.site.PageParts.HubRef;
import io.github.paperdigest.site.PageParts.HubSummary;
import io.github.paperdigest.site.PageParts.InDigest;
import io.github.paperdigest.site.PageParts.Neighbour;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which pages the site has, what each shows, and which feed follows it, from the site index. Every
 * list has a fixed order, so the same input always plans the same site.
 */
public final class PagePlanner {

    /** Tags on the home page. */
    static final int TOP_TAGS = 24;
    /** Related tags on a tag page, and top tags on a hub card. */
    static final int RELATED_TAGS = 8;
    static final int HUB_CARD_TAGS = 5;
    static final int KEY_PAPERS = 5;
    static final int RELATED_HUBS = 4;

    private final SiteIndex index;
    private final String siteTitle;
    private final FormerIds formerIds;
    private final MovedAddresses moved;
    /** The address each paper's feed entries take their id from, where it is not the paper's page now. */
    private final Map<PaperId, String> feedIdPages;

    public PagePlanner(SiteIndex index, String siteTitle) {
        this(index, siteTitle, FormerIds.NONE);
    }

    /** A planner that also leads the addresses of tags' and hubs' former ids to their pages now. */
    public PagePlanner(SiteIndex index, String siteTitle, FormerIds formerIds) {
        this(index, siteTitle, formerIds, MovedAddresses.NONE);
    }

    /** A planner that also leads the addresses the project's file of moved addresses names to the pages it names. */
    public PagePlanner(SiteIndex index, String siteTitle, FormerIds formerIds, MovedAddresses moved) {
        this.index = index;
        this.siteTitle = siteTitle;
        this.formerIds = formerIds;
        this.moved = moved;
        this.feedIdPages = feedIdPages();
    }

    /**
     * Every page of the site and its feeds: home, indexes, then digests, hubs, tags and papers, the addresses papers
     * share, then search and 404.
     */
    public SitePlan plan() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.add(tagIndex());
        pages.add(hubIndex());
        pages.add(digestArchive());
        // planned on all cores (the index is only read), and kept in their order
        index.digests().parallelStream().map(this::digestPage).forEachOrdered(pages::add);
        index.classification().hubs().parallelStream().map(this::hubPages).forEachOrdered(pages::addAll);
        index.classification().tags().parallelStream().map(this::tagPages).forEachOrdered(pages::addAll);
        index.corpus().papers().parallelStream().map(this::paperPage).forEachOrdered(pages::add);
        index.corpus().sharedSlugs().stream().map(this::disambiguationPage).forEachOrdered(pages::add);
        pages.addAll(movedPages());
        int declaredAt = pages.size();
        pages.add(authorIndex());
        index.authors().withPages().parallelStream().map(this::authorPage).forEachOrdered(pages::add);
        pages.add(new ReadingListPage(index.corpus().papers().size()));
        pages.add(searchPage());
        pages.add(new NotFoundPage());
        pages.addAll(declaredAt, declaredMovedPages(pages));
        return SitePlan.of(pages);
    }

    HomePage home() {
        List<TagCount> top = index.tagCounts().stream()
                .sorted(Comparator.comparing((TagCount c) -> -c.count()).thenComparing(c -> c.tag().id()))
                .limit(TOP_TAGS)
                .toList();
        Feed feed = new Feed(SitePaths.FEED, siteTitle, SitePaths.HOME, newest(index.newestPapers()));
        Bibliography all = new Bibliography(SitePaths.BIBLIOGRAPHY, "Every paper of " + siteTitle,
                index.citations(index.newestPapers()));
        List<PaperItem> newest = index.newestPapers().stream().limit(HomePage.NEWEST).map(index::itemWithTags).toList();
        return new HomePage(siteTitle, index.corpus().papers().size(), index.listedTags().size(), newest,
                digestRefs(),
                hubSummaries(), top, Optional.of(feed), Optional.of(all));
    }

    private List<Feed.Entry> newest(List<Paper> newestFirst) {
        return newestFirst.stream().limit(Feed.MAX_ENTRIES).map(p -> new Feed.Entry(index.itemWithTags(p),
                index.feedDate(p.id()), Optional.ofNullable(feedIdPages.get(p.id())))).toList();
    }

    DigestArchivePage digestArchive() {
        Map<String, List<DigestRef>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        List<DigestRef> undated = new ArrayList<>();
        for (DigestRef d : digestRefs()) {
            if (d.date().isPresent()) {
                LocalDate date = d.date().get();
                byMonth.computeIfAbsent(String.format("%04d-%02d", date.getYear(), date.getMonthValue()),
                        k -> new ArrayList<>()).add(d);
            } else {
                undated.add(d);
            }
        }
        List<DigestArchivePage.Period> periods = new ArrayList<>();
        byMonth.forEach((key, digests) -> periods.add(new DigestArchivePage.Period(Integer.parseInt(key.substring(0, 4)),
                Integer.parseInt(key.substring(5)), digests)));
        return new DigestArchivePage(periods, undated);
    }

    TagIndexPage tagIndex() {
        List<TagCount> listed = index.listedTags();
        return new TagIndexPage(listed, index.classification().tags().size() - listed.size());
    }

    HubIndexPage hubIndex() {
        return new HubIndexPage(hubSummaries());
    }

    DigestPage digestPage(Digest digest) {
        List<DigestEntry> entries = new ArrayList<>();
        for (PaperId id : digest.papers()) {
            Paper p = index.paper(id);
            String note = p.notes().stream().filter(n -> n.digestSlug().equals(digest.slug()))
                    .map(Paper.Note::html).findFirst().orElse("");
            entries.add(new DigestEntry(index.item(p), note));
        }
        Bibliography bib = new Bibliography(SitePaths.digestBib(digest.slug()), digest.title(),
                digest.papers().stream().map(id -> index.citation(index.paper(id))).toList());
        return new DigestPage(digest, entries, index.newestPaperDate(digest), Optional.of(bib));
    }

    /** A hub's pages: its own, with its overview and newest papers, then its older papers, a hundred a page. */
    List<Page> hubPages(Hub hub) {
        List<TagCount> tagCounts = hub.tagIds().stream()
                .filter(index::hasTag)
                .map(t -> new TagCount(index.tag(t), index.papersWithTag(t).size()))
                .toList();
        List<Paper> papers = index.papersOfHub(hub.id());
        List<PaperItem> keyPapers = keyPapers(hub, papers);
        List<HubLink> related = relatedHubs(hub);
        List<PageParts.DateCount> timeline = Timeline.of(papers.stream()
                .map(index::firstDigestDate).flatMap(Optional::stream).toList());
        Optional<Feed> feed = Optional.of(new Feed(SitePaths.hubFeed(hub.id()), hub.name() + " · " + siteTitle,
                SitePaths.hub(hub.id()), newest(papers)));
        Optional<Bibliography> bib = Optional.of(new Bibliography(SitePaths.hubBib(hub.id()), hub.name(),
                index.citations(papers)));
        Pagination cut = Pagination.of(papers.size());
        List<Paper> byArrival = byArrival(papers, cut);
        List<Page> pages = new ArrayList<>();
        pages.add(new HubPage(hub, hub.parentId().map(index::hubRef), index.children(hub.id()), tagCounts, keyPapers,
                newestFirst(cut.newest(byArrival)), related, timeline, cut, feed, bib));
        pages.addAll(olderPages(PageKind.HUB_OLDER, SitePaths.hub(hub.id()), hub.name(), cut, byArrival));
        return pages;
    }

    /**
     * The papers most central to a hub: those the taxonomy ranked (nearest the hub's centre in meaning), else those
     * with most of its tags, the hub's leading tags weighing more; then the newest.
     */
    private List<PaperItem> keyPapers(Hub hub, List<Paper> papers) {
        if (!hub.keyPaperIds().isEmpty()) {
            return hub.keyPaperIds().stream().limit(KEY_PAPERS).map(index::paper).map(index::item).toList();
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < hub.tagIds().size(); i++) {
            rank.put(hub.tagIds().get(i), i);
        }
        double[] centrality = new double[papers.size()];
        for (int i = 0; i < centrality.length; i++) {
            double c = 0;
            for (String t : index.classification().tagsOf(papers.get(i).id())) {
                Integer r = rank.get(t);
                if (r != null) {
                    c += 1.0 + 1.0 / (1 + r);
                }
            }
            centrality[i] = c;
        }
        // the hub's papers are newest first: the most central, the newest of equals first, are picked without sorting
        // them all (a hub may hold thousands of papers and shows five)
        boolean[] picked = new boolean[centrality.length];
        List<PaperItem> key = new ArrayList<>(KEY_PAPERS);
        while (key.size() < Math.min(KEY_PAPERS, centrality.length)) {
            int best = -1;
            for (int i = 0; i < centrality.length; i++) {
                if (!picked[i] && (best < 0 || centrality[i] > centrality[best])) {
                    best = i;
                }
            }
            picked[best] = true;
            key.add(index.item(papers.get(best)));
        }
        return List.copyOf(key);
    }

    /** Hubs sharing papers with this one, most overlapping (Jaccard) first. */
    private List<HubLink> relatedHubs(Hub hub) {
        // counted from each of this hub's papers to the other hubs it is in: the work grows with the hub's papers,
        // where going through every other hub's papers would grow with the hubs times the archive
        Set<PaperId> own = new HashSet<>();
        Map<String, Integer> shared = new HashMap<>();
        for (Paper p : index.papersOfHub(hub.id())) {
            if (own.add(p.id())) {
                for (HubRef other : index.hubsOf(p.id())) {
                    if (!other.id().equals(hub.id())) {
                        shared.merge(other.id(), 1, Integer::sum);
                    }
                }
            }
        }
        List<HubLink> links = new ArrayList<>();
        Map<String, Double> overlap = new HashMap<>();
        shared.forEach((other, count) -> {
            links.add(new HubLink(index.hubRef(other), count));
            overlap.put(other, (double) count / (own.size() + index.papersOfHub(other).size() - count));
        });
        links.sort(Comparator.comparing((HubLink l) -> -overlap.get(l.hub().id())).thenComparing(l -> l.hub().id()));
        return links.stream().limit(RELATED_HUBS).toList();
    }

    /** A tag's pages: its own, with its newest papers, then its older papers, a hundred a page; a tag worth browsing has a feed. */
    List<Page> tagPages(Tag tag) {
        List<Paper> papers = index.papersWithTag(tag.id());
        List<TagCount> related = relatedTags(tag, papers);
        List<HubRef> hubs = index.hubsWithTag(tag.id());
        Optional<Feed> feed = index.isListed(tag, papers.size())
                ? Optional.of(new Feed(SitePaths.tagFeed(tag.id()), tag.label() + " · " + siteTitle,
                        SitePaths.tag(tag.id()), newest(papers)))
                : Optional.empty();
        Optional<Bibliography> bib = Optional.of(new Bibliography(SitePaths.tagBib(tag.id()), tag.label(),
                index.citations(papers)));
        Pagination cut = Pagination.of(papers.size());
        List<Paper> byArrival = byArrival(papers, cut);
        List<Page> pages = new ArrayList<>();
        pages.add(new TagPage(tag, newestFirst(cut.newest(byArrival)), related, hubs, cut, feed, bib));
        pages.addAll(olderPages(PageKind.TAG_OLDER, SitePaths.tag(tag.id()), tag.label(), cut, byArrival));
        return pages;
    }

    /**
     * The tags most often on a tag's papers besides it, most papers first, then by id. Counted by the tags' numbers in an
     * array: every tag page counts every tag of each of its papers, which by tag ids in a map was most of planning tags.
     */
    private List<TagCount> relatedTags(Tag tag, List<Paper> papers) {
        int own = index.tagNumber(tag.id());
        int[] together = new int[index.numberedTags()];
        int[] seen = new int[16];
        int kinds = 0;
        for (Paper p : papers) {
            for (int other : index.tagNumbersOf(p)) {
                if (other != own && together[other]++ == 0) {
                    if (kinds == seen.length) {
                        seen = Arrays.copyOf(seen, kinds * 2);
                    }
                    seen[kinds++] = other;
                }
            }
        }
        Integer[] order = new Integer[kinds];
        for (int i = 0; i < kinds; i++) {
            order[i] = seen[i];
        }
        Arrays.sort(order, Comparator.comparingInt((Integer n) -> -together[n])
                .thenComparing(n -> index.numberedTag(n)));
        List<TagCount> related = new ArrayList<>(Math.min(RELATED_TAGS, kinds));
        for (int i = 0; i < Math.min(RELATED_TAGS, kinds); i++) {
            related.add(new TagCount(index.tag(index.numberedTag(order[i])), together[order[i]]));
        }
        return related;
    }

    /** The pages of a list's older papers, the page last made first as a reader goes through them. */
    private List<OlderPapersPage> olderPages(PageKind kind, String listPath, String title, Pagination cut,
            List<Paper> byArrival) {
        List<OlderPapersPage> pages = new ArrayList<>(cut.olderPages());
        for (int n = cut.olderPages(); n >= 1; n--) {
            pages.add(new OlderPapersPage(kind, listPath, title, n, n == cut.olderPages(),
                    newestFirst(cut.older(byArrival, n))));
        }
        return pages;
    }

    /**
     * A long list's papers (newest first) in the order its pages are cut in: the paper that arrived last first. Page 1
     * then holds the first hundred papers to come to the site for good, whatever their dates: a paper of 2017 a reading
     * group lists in 2025 goes on the list's own page, and pushes no paper of an older page onto the next one. A list
     * of one page keeps the order it has.
     */
    private List<Paper> byArrival(List<Paper> newestFirst, Pagination cut) {
        return cut.olderPages() == 0 ? newestFirst : index.lastArrivedFirst(newestFirst);
    }

    /** A page's papers as it lists them: newest first. */
    private List<PaperItem> newestFirst(List<Paper> papers) {
        List<PaperItem> items = new ArrayList<>(papers.size());
        for (Paper p : index.newestFirst(papers)) {
            items.add(index.item(p));
        }
        return items;
    }

    PaperPage paperPage(Paper paper) {
        // loops, not streams: this is done for every paper and each of its neighbours
        List<String> own = index.classification().tagsOf(paper.id());
        Set<String> ownSet = new HashSet<>(own);
        List<RelatedPaper> neighbours = index.classification().relatedTo(paper.id());
        List<Neighbour> related = new ArrayList<>(neighbours.size());
        for (RelatedPaper r : neighbours) {
            Paper other = index.paper(r.id());
            List<Tag> shared = new ArrayList<>();
            for (String t : index.classification().tagsOf(other.id())) {
                if (ownSet.contains(t)) {
                    shared.add(index.tag(t));
                }
            }
            related.add(Neighbour.of(other, r.score(), shared));
        }
        List<InDigest> inDigests = new ArrayList<>();
        for (String slug : paper.digests()) {
            List<PaperId> order = index.digest(slug).papers();
            int at = index.position(slug, paper.id());
            inDigests.add(new InDigest(index.digestRef(slug), at + 1,
                    at > 0 ? Optional.of(index.paper(order.get(at - 1))) : Optional.empty(),
                    at + 1 < order.size() ? Optional.of(index.paper(order.get(at + 1))) : Optional.empty()));
        }
        List<Tag> tags = new ArrayList<>(own.size());
        for (String t : own) {
            tags.add(index.tag(t));
        }
        List<DigestRef> digests = new ArrayList<>(paper.digests().size());
        for (String slug : paper.digests()) {
            digests.add(index.digestRef(slug));
        }
        return new PaperPage(paper, index.citation(paper), index.ownDate(paper.id()), tags, index.hubsOf(paper.id()),
                digests, related, inDigests, index.authors().pagesOf(paper));
    }

    /**
     * The pages at addresses the site once gave other pages, each leading to that page: a paper's other titles'
     * (see {@code Corpus.formerSlugs}), a digest's at the digest folder's root, then the tags' and hubs' former ids,
     * with their pages of older papers (page n to page n) and their feeds. A former id that is a tag's or hub's id now
     * is that tag's or hub's, and leads nowhere else; a former id of a tag or hub the site has no page for leads nowhere.
     */
    List<MovedPage> movedPages() {
        List<MovedPage> moved = new ArrayList<>();
        index.corpus().formerSlugs().forEach((slug, id) -> {
            Paper paper = index.paper(id);
            String path = SitePaths.paper(slug);
            moved.add(new MovedPage(path, SitePaths.paper(paper.slug()), TexMath.asText(paper.title()), Optional.empty(),
                    Optional.of(new PaperData(path, paper, index.ownDate(paper.id()), index.citation(paper),
                            Optional.of(SitePaths.paper(paper.slug()))))));
        });
        index.corpus().formerDigestSlugs().forEach((former, slug) -> moved.add(new MovedPage(SitePaths.digest(former),
                SitePaths.digest(slug), index.digestRef(slug).title(), Optional.empty())));
        formerIds.tags().forEach((former, current) -> {
            if (!index.hasTag(former) && index.hasTag(current)) {
                Tag tag = index.tag(current);
                List<Paper> papers = index.papersWithTag(current);
                Optional<Feed> feed = index.isListed(tag, papers.size())
                        ? Optional.of(new Feed(SitePaths.tagFeed(former), tag.label() + " · " + siteTitle,
                                SitePaths.tag(current), newest(papers)))
                        : Optional.empty();
                moved.addAll(movedList(SitePaths.tag(former), SitePaths.tag(current), tag.label(), papers.size(), feed));
            }
        });
        formerIds.hubs().forEach((former, current) -> {
            if (index.hub(former) == null && index.hub(current) != null) {
                Hub hub = index.hub(current);
                List<Paper> papers = index.papersOfHub(current);
                Optional<Feed> feed = Optional.of(new Feed(SitePaths.hubFeed(former), hub.name() + " · " + siteTitle,
                        SitePaths.hub(current), newest(papers)));
                moved.addAll(movedList(SitePaths.hub(former), SitePaths.hub(current), hub.name(), papers.size(), feed));
            }
        });
        return moved;
    }

    /** The pages at a list's former address: its own page (with its feed), then each of its pages of older papers. */
    private static List<MovedPage> movedList(String formerPath, String path, String title, int papers,
            Optional<Feed> feed) {
        List<MovedPage> moved = new ArrayList<>();
        moved.add(new MovedPage(formerPath, path, title, feed));
        for (int n = Pagination.of(papers).olderPages(); n >= 1; n--) {
            moved.add(new MovedPage(SitePaths.olderPapers(formerPath, n), SitePaths.olderPapers(path, n), title,
                    Optional.empty()));
        }
        return moved;
    }

    /**
     * The pages at the addresses the project's file of moved addresses names, each leading to the page its line leads
     * to in the end; a paper's tells scripts where the paper is now, as its other titles' addresses do. Fails naming
     * every line that leads to no page of the site, or whose old address is a page of the site now.
     */
    List<MovedPage> declaredMovedPages(List<Page> planned) {
        if (moved.lines().isEmpty()) {
            return List.of();
        }
        Map<String, Page> pages = new HashMap<>();
        Map<String, String> siteMoves = new HashMap<>();
        for (Page page : planned) {
            if (page instanceof MovedPage m) {
                siteMoves.put(m.path(), m.target());
            } else {
                pages.put(page.path(), page);
            }
        }
        MovedAddresses.Resolution resolution = moved.resolve(
                path -> Optional.ofNullable(pages.get(path)).map(MovedAddresses::describe), siteMoves);
        if (!resolution.problems().isEmpty()) {
            throw new MovedAddressesException(moved.sourceName(), resolution.problems());
        }
        List<MovedPage> declared = new ArrayList<>();
        for (MovedAddresses.Resolved r : resolution.moves()) {
            String from = r.line().from();
            Page target = pages.get(r.target());
            if (target instanceof PaperPage paperPage) {
                Paper paper = paperPage.paper();
                declared.add(new MovedPage(from, r.target(), TexMath.asText(paper.title()), Optional.empty(),
                        Optional.of(new PaperData(from, paper, index.ownDate(paper.id()), index.citation(paper),
                                Optional.of(r.target())))));
            } else {
                declared.add(new MovedPage(from, r.target(), target.title(), Optional.empty()));
            }
        }
        return declared;
    }

    /**
     * For each paper that a line of the moved addresses leads to, the first such line's old address under paper/: the
     * page the paper had before its title changed, which its feed entries keep their id from. Lines are added as
     * titles change, so the first is the oldest.
     */
    private Map<PaperId, String> feedIdPages() {
        if (moved.lines().isEmpty()) {
            return Map.of();
        }
        Map<String, Paper> papers = new HashMap<>();
        index.corpus().papers().forEach(p -> papers.put(SitePaths.paper(p.slug()), p));
        Map<String, String> siteMoves = new HashMap<>();
        index.corpus().formerSlugs().forEach((slug, id) -> siteMoves.put(SitePaths.paper(slug),
                SitePaths.paper(index.paper(id).slug())));
        // lines that lead elsewhere than to a paper are left to the planning of the pages, which names their mistakes
        MovedAddresses.Resolution resolution = moved.resolve(path -> Optional.ofNullable(papers.get(path))
                .map(p -> "the paper '" + p.title() + "'"), siteMoves);
        Map<PaperId, String> first = new HashMap<>();
        for (MovedAddresses.Resolved r : resolution.moves()) {
            if (r.line().from().startsWith("paper/")) {
                first.putIfAbsent(papers.get(r.target()).id(), r.line().from());
            }
        }
        return first;
    }

    /** The page at an address several papers' titles would give them: those papers, newest first, and their digests. */
    DisambiguationPage disambiguationPage(SharedSlug shared) {
        return new DisambiguationPage(shared.slug(), shared.papers().stream().map(index::paper)
                .sorted(index.newestFirst())
                .map(p -> new DisambiguationPage.Choice(index.item(p), p.digests().stream().map(index::digestRef).toList()))
                .toList());
    }

    AuthorIndexPage authorIndex() {
        List<AuthorIndexPage.Entry> entries = index.authors().withPages().stream()
                .map(a -> new AuthorIndexPage.Entry(a.slug(), a.name(), a.papers().size()))
                .toList();
        return new AuthorIndexPage(entries, entries.size());
    }

    AuthorPage authorPage(Authors.Author author) {
        return new AuthorPage(author.slug(), author.name(), author.papers().stream().map(index::item).toList(),
                author.coAuthors().stream()
                        .map(c -> new AuthorPage.CoAuthorLink(c.name(), c.slug(), c.sharedPapers()))
                        .toList(),
                Optional.of(new Bibliography(SitePaths.authorBib(author.slug()), author.name(),
                        index.citations(author.papers()))));
    }

    SearchPage searchPage() {
        return new SearchPage(index.corpus().papers().size(),
                index.classification().hubs().stream().map(h -> index.hubRef(h.id())).toList(), digestRefs());
    }

    private List<HubSummary> hubSummaries() {
        List<HubSummary> summaries = new ArrayList<>();
        for (Hub h : index.classification().hubs()) {
            List<TagCount> top = h.tagIds().stream()
                    .filter(index::hasTag)
                    .map(t -> new TagCount(index.tag(t), index.papersWithTag(t).size()))
                    .sorted(Comparator.comparing((TagCount c) -> -c.count()).thenComparing(c -> c.tag().id()))
                    .limit(HUB_CARD_TAGS)
                    .toList();
            summaries.add(new HubSummary(h, index.papersOfHub(h.id()).size(), top));
        }
        return summaries;
    }

    /** Every digest, newest first. */
    private List<DigestRef> digestRefs() {
        return index.corpus().digests().stream().map(d -> index.digestRef(d.slug())).toList();
    }
}
