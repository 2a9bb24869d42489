package io.github.paperdigest.site;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import io.github.paperdigest.model.TitleKey;
import io.github.paperdigest.site.PageParts.DigestEntry;
import io.github.paperdigest.site.PageParts.DigestSummary;
import io.github.paperdigest.site.PageParts.HubSummary;
import io.github.paperdigest.site.PageParts.Neighbour;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.site.PageParts.TagCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which pages the site has and what each shows, from the corpus and its classification. Every
 * list has a fixed order, so the same input always plans the same site.
 */
public final class SitePlanner {

    /** Tags on the home page. */
    static final int TOP_TAGS = 24;
    /** Related tags on a tag page, and top tags on a hub card. */
    static final int RELATED_TAGS = 8;
    static final int HUB_CARD_TAGS = 5;
    static final int KEY_PAPERS = 5;
    static final int RELATED_HUBS = 4;

    private final Corpus corpus;
    private final Classification classification;
    private final Map<String, Tag> tags = new HashMap<>();
    private final Map<String, Digest> digests = new HashMap<>();
    private final Map<String, Hub> hubs = new HashMap<>();
    private final Map<String, List<Paper>> papersByTag = new HashMap<>();
    private final Map<PaperId, Optional<LocalDate>> dates = new HashMap<>();
    private final Map<PaperId, List<Hub>> hubsByPaper = new HashMap<>();
    private final Map<String, List<Paper>> papersByHub = new HashMap<>();
    private final Map<String, List<String>> hubsByTag = new HashMap<>();
    private final Map<PaperId, String> titleKeys = new HashMap<>();
    /** Every paper's place in {@link #newestPapers}: lists are put in that order by comparing one number. */
    private final Map<PaperId, Integer> newestRank = new HashMap<>();
    private final List<Paper> newestPapers;
    /** Each paper as lists show it, made once: a paper is listed on many pages. */
    private final Map<PaperId, PaperItem> items = new HashMap<>();
    private final List<TagCount> listedTags;
    private final Map<String, Map<PaperId, Integer>> positions = new HashMap<>();

    public SitePlanner(Corpus corpus, Classification classification) {
        this.corpus = corpus;
        this.classification = classification;
        classification.tags().forEach(t -> tags.put(t.id(), t));
        for (Digest d : corpus.digests()) {
            digests.put(d.slug(), d);
            Map<PaperId, Integer> at = new HashMap<>();
            for (int i = 0; i < d.papers().size(); i++) {
                at.put(d.papers().get(i), i);
            }
            positions.put(d.slug(), at);
        }
        classification.hubs().forEach(h -> hubs.put(h.id(), h));
        for (Paper p : corpus.papers()) {
            dates.put(p.id(), p.published().or(() -> firstDigestDate(p)));
            titleKeys.put(p.id(), TitleKey.of(p.title()));
        }
        newestPapers = corpus.papers().stream().sorted(Comparator
                .comparing((Paper p) -> dates.get(p.id()).orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(p -> titleKeys.get(p.id()))
                .thenComparing(Paper::id)).toList();
        for (Paper p : newestPapers) {
            newestRank.put(p.id(), newestRank.size());
            items.put(p.id(), new PaperItem(p, classification.tagsOf(p.id()).stream().map(tags::get).toList(),
                    dates.get(p.id())));
            // taken newest first, so every tag's list is in that order without sorting it
            for (String t : classification.tagsOf(p.id())) {
                papersByTag.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
        }
        listedTags = tagsWorthBrowsing();
        for (Hub h : classification.hubs()) {
            for (String t : h.tagIds()) {
                hubsByTag.computeIfAbsent(t, k -> new ArrayList<>()).add(h.id());
            }
            List<Paper> sorted = new ArrayList<>(h.paperIds().stream().map(corpus.byId()::get).toList());
            sorted.sort(newestFirst());
            papersByHub.put(h.id(), sorted);
            for (Paper p : sorted) {
                hubsByPaper.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(h);
            }
        }
    }

    /** Every page of the site: home, indexes, then digests, hubs, tags and papers, then search and 404. */
    public List<Page> pages(String siteTitle) {
        List<Page> pages = new ArrayList<>();
        pages.add(home(siteTitle));
        pages.add(tagIndex());
        pages.add(hubIndex());
        pages.add(digestArchive());
        // planned on all cores (the planner only reads its maps once built), and kept in their order
        corpus.digests().parallelStream().map(this::digestPage).forEachOrdered(pages::add);
        classification.hubs().parallelStream().map(this::hubPages).forEachOrdered(pages::addAll);
        classification.tags().parallelStream().map(this::tagPages).forEachOrdered(pages::addAll);
        corpus.papers().parallelStream().map(this::paperPage).forEachOrdered(pages::add);
        pages.add(searchPage());
        pages.add(new NotFoundPage());
        return pages;
    }

    HomePage home(String siteTitle) {
        List<TagCount> top = tagCounts().stream()
                .sorted(Comparator.comparing((TagCount c) -> -c.count()).thenComparing(c -> c.tag().id()))
                .limit(TOP_TAGS)
                .toList();
        return new HomePage(siteTitle, corpus.papers().size(), listedTags().size(), digestSummaries(), hubSummaries(),
                top);
    }

    /** The site's feeds: all papers, each hub, and each tag listed in the tag index. */
    public List<Feed> feeds(String siteTitle) {
        List<Feed> feeds = new ArrayList<>();
        feeds.add(new Feed(SitePaths.FEED, siteTitle, SitePaths.HOME, newest(newestPapers)));
        for (Hub h : classification.hubs()) {
            feeds.add(new Feed(SitePaths.hubFeed(h.id()), h.name() + " · " + siteTitle, SitePaths.hub(h.id()),
                    newest(papersByHub.get(h.id()))));
        }
        for (TagCount t : listedTags()) {
            feeds.add(new Feed(SitePaths.tagFeed(t.tag().id()), t.tag().label() + " · " + siteTitle,
                    SitePaths.tag(t.tag().id()), newest(papersByTag.getOrDefault(t.tag().id(), List.of()))));
        }
        return feeds;
    }

    /** The feed that follows a page, if it has one. */
    public static java.util.Optional<String> feedOf(Page page) {
        if (page instanceof HomePage) {
            return java.util.Optional.of(SitePaths.FEED);
        } else if (page instanceof HubPage h) {
            return java.util.Optional.of(SitePaths.hubFeed(h.hub().id()));
        } else if (page instanceof TagPage t && isListed(t.tag(), t.pagination().totalItems())) {
            return java.util.Optional.of(SitePaths.tagFeed(t.tag().id()));
        }
        return java.util.Optional.empty();
    }

    private List<PaperItem> newest(List<Paper> newestFirst) {
        return newestFirst.stream().limit(Feed.MAX_ENTRIES).map(this::item).toList();
    }

    DigestArchivePage digestArchive() {
        Map<String, List<DigestSummary>> byMonth = new java.util.TreeMap<>(Comparator.reverseOrder());
        List<DigestSummary> undated = new ArrayList<>();
        for (DigestSummary d : digestSummaries()) {
            if (d.digest().date().isPresent()) {
                LocalDate date = d.digest().date().get();
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
        List<TagCount> listed = listedTags();
        return new TagIndexPage(listed, classification.tags().size() - listed.size());
    }

    HubIndexPage hubIndex() {
        return new HubIndexPage(hubSummaries());
    }

    DigestPage digestPage(Digest digest) {
        List<DigestEntry> entries = new ArrayList<>();
        for (PaperId id : digest.papers()) {
            Paper p = corpus.byId().get(id);
            String note = p.notes().stream().filter(n -> n.digestSlug().equals(digest.slug()))
                    .map(Paper.Note::html).findFirst().orElse("");
            entries.add(new DigestEntry(item(p), note));
        }
        return new DigestPage(digest, entries);
    }

    /** A hub's pages: the first with its overview, then the rest of its papers, a page each hundred. */
    List<HubPage> hubPages(Hub hub) {
        HubPage overview = hubPage(hub);
        List<HubPage> pages = new ArrayList<>();
        for (Pagination p : Pagination.of(overview.papers().size(), n -> SitePaths.hub(hub.id(), n))) {
            pages.add(new HubPage(hub, overview.parent(), overview.children(), overview.tags(), overview.keyPapers(),
                    p.slice(overview.papers()), overview.relatedHubs(), overview.timeline(), p));
        }
        return pages;
    }

    /** A tag's pages, a hundred papers each. */
    List<TagPage> tagPages(Tag tag) {
        TagPage whole = tagPage(tag);
        List<TagPage> pages = new ArrayList<>();
        for (Pagination p : Pagination.of(whole.papers().size(), n -> SitePaths.tag(tag.id(), n))) {
            pages.add(new TagPage(tag, p.slice(whole.papers()), whole.relatedTags(), whole.hubs(), p));
        }
        return pages;
    }

    HubPage hubPage(Hub hub) {
        List<TagCount> tagCounts = hub.tagIds().stream()
                .filter(tags::containsKey)
                .map(t -> new TagCount(tags.get(t), papersByTag.getOrDefault(t, List.of()).size()))
                .toList();
        List<Hub> children = classification.hubs().stream()
                .filter(h -> h.parentId().equals(Optional.of(hub.id())))
                .toList();
        List<Paper> papers = papersByHub.get(hub.id());
        return new HubPage(hub, hub.parentId().map(hubs::get), children, tagCounts, keyPapers(hub, papers),
                papers.stream().map(this::item).toList(), relatedHubs(hub), Timeline.of(papers.stream()
                        .map(p -> firstDigestDate(p)).flatMap(Optional::stream).toList()),
                new Pagination(1, papers.size(), List.of(SitePaths.hub(hub.id()))));
    }

    /**
     * The papers most central to a hub: those the taxonomy ranked (nearest the hub's centre in meaning), else those
     * with most of its tags, the hub's leading tags weighing more; then the newest.
     */
    private List<PageParts.PaperItem> keyPapers(Hub hub, List<Paper> papers) {
        if (!hub.keyPaperIds().isEmpty()) {
            return hub.keyPaperIds().stream().limit(KEY_PAPERS).map(corpus.byId()::get).map(this::item).toList();
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < hub.tagIds().size(); i++) {
            rank.put(hub.tagIds().get(i), i);
        }
        Map<PaperId, Double> centrality = new HashMap<>();
        for (Paper p : papers) {
            double c = 0;
            for (String t : classification.tagsOf(p.id())) {
                Integer r = rank.get(t);
                if (r != null) {
                    c += 1.0 + 1.0 / (1 + r);
                }
            }
            centrality.put(p.id(), c);
        }
        return papers.stream()
                .sorted(Comparator.comparing((Paper p) -> -centrality.get(p.id())).thenComparing(newestFirst()))
                .limit(KEY_PAPERS)
                .map(this::item)
                .toList();
    }

    /** Hubs sharing papers with this one, most overlapping (Jaccard) first. */
    private List<PageParts.HubLink> relatedHubs(Hub hub) {
        Set<PaperId> own = new HashSet<>();
        papersByHub.get(hub.id()).forEach(p -> own.add(p.id()));
        List<PageParts.HubLink> links = new ArrayList<>();
        Map<String, Double> overlap = new HashMap<>();
        for (Hub other : classification.hubs()) {
            if (other.id().equals(hub.id())) {
                continue;
            }
            List<Paper> theirs = papersByHub.get(other.id());
            int shared = (int) theirs.stream().filter(p -> own.contains(p.id())).count();
            if (shared > 0) {
                links.add(new PageParts.HubLink(other, shared));
                overlap.put(other.id(), (double) shared / (own.size() + theirs.size() - shared));
            }
        }
        links.sort(Comparator.comparing((PageParts.HubLink l) -> -overlap.get(l.hub().id())).thenComparing(l -> l.hub().id()));
        return links.stream().limit(RELATED_HUBS).toList();
    }

    TagPage tagPage(Tag tag) {
        List<Paper> papers = papersByTag.getOrDefault(tag.id(), List.of());
        Map<String, Integer> together = new HashMap<>();
        for (Paper p : papers) {
            for (String other : classification.tagsOf(p.id())) {
                if (!other.equals(tag.id())) {
                    together.merge(other, 1, Integer::sum);
                }
            }
        }
        List<TagCount> related = together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RELATED_TAGS)
                .map(e -> new TagCount(tags.get(e.getKey()), e.getValue()))
                .toList();
        List<Hub> tagHubs = hubsByTag.getOrDefault(tag.id(), List.of()).stream().map(hubs::get).toList();
        return new TagPage(tag, papers.stream().map(this::item).toList(), related, tagHubs,
                new Pagination(1, papers.size(), List.of(SitePaths.tag(tag.id()))));
    }

    PaperPage paperPage(Paper paper) {
        List<String> own = classification.tagsOf(paper.id());
        Set<String> ownSet = new HashSet<>(own);
        List<Neighbour> related = new ArrayList<>();
        for (RelatedPaper r : classification.relatedTo(paper.id())) {
            Paper other = corpus.byId().get(r.id());
            List<Tag> shared = classification.tagsOf(other.id()).stream()
                    .filter(ownSet::contains)
                    .map(tags::get)
                    .toList();
            related.add(new Neighbour(other, r.score(), shared));
        }
        List<Digest> listedIn = paper.digests().stream().map(digests::get).toList();
        Optional<Paper> previous = Optional.empty();
        Optional<Paper> next = Optional.empty();
        if (!listedIn.isEmpty()) {
            List<PaperId> order = listedIn.get(0).papers();
            int at = positions.get(listedIn.get(0).slug()).get(paper.id());
            if (at > 0) {
                previous = Optional.of(corpus.byId().get(order.get(at - 1)));
            }
            if (at >= 0 && at + 1 < order.size()) {
                next = Optional.of(corpus.byId().get(order.get(at + 1)));
            }
        }
        return new PaperPage(paper, own.stream().map(tags::get).toList(), hubsByPaper.getOrDefault(paper.id(), List.of()),
                listedIn, related, previous, next);
    }

    SearchPage searchPage() {
        return new SearchPage(corpus.papers().size(), classification.hubs(), corpus.digests());
    }

    /** What the search index holds: every paper, newest first, with its tags, hubs, digests and words. */
    public SearchIndex searchIndex() {
        List<Paper> papers = newestPapers;
        Map<String, Integer> tagAt = positions(classification.tags().stream().map(Tag::id).toList());
        Map<String, Integer> hubAt = positions(classification.hubs().stream().map(Hub::id).toList());
        Map<String, Integer> digestAt = positions(corpus.digests().stream().map(Digest::slug).toList());
        List<SearchIndex.Entry> entries = papers.stream().map(p -> new SearchIndex.Entry(p.title(),
                SitePaths.paper(p.slug()), dates.get(p.id()),
                classification.tagsOf(p.id()).stream().map(tagAt::get).toList(),
                hubsByPaper.getOrDefault(p.id(), List.of()).stream().map(h -> hubAt.get(h.id())).toList(),
                p.digests().stream().map(digestAt::get).toList())).toList();
        return new SearchIndex(entries,
                classification.tags().stream()
                        .map(t -> new SearchIndex.Facet(t.id(), t.label(), SitePaths.tag(t.id()), searchAliases(t)))
                        .toList(),
                classification.hubs().stream().map(h -> new SearchIndex.Facet(h.id(), h.name(), SitePaths.hub(h.id())))
                        .toList(),
                corpus.digests().stream().map(d -> new SearchIndex.Facet(d.slug(), d.title(), SitePaths.digest(d.slug())))
                        .toList(),
                SearchWordIndex.of(papers), SearchWords.STOPWORDS);
    }

    /**
     * The aliases of a tag that search finds it by: those of one word ("T2V", "NeRF"). The words of longer
     * aliases ("video diffusion model") would make every query for "model" a match for the tag.
     */
    private static List<String> searchAliases(Tag tag) {
        return tag.aliases().stream().filter(a -> SearchWords.of(a).size() == 1).toList();
    }

    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            at.put(ids.get(i), i);
        }
        return at;
    }

    private List<HubSummary> hubSummaries() {
        List<HubSummary> summaries = new ArrayList<>();
        for (Hub h : classification.hubs()) {
            List<TagCount> top = h.tagIds().stream()
                    .filter(tags::containsKey)
                    .map(t -> new TagCount(tags.get(t), papersByTag.getOrDefault(t, List.of()).size()))
                    .sorted(Comparator.comparing((TagCount c) -> -c.count()).thenComparing(c -> c.tag().id()))
                    .limit(HUB_CARD_TAGS)
                    .toList();
            summaries.add(new HubSummary(h, papersByHub.get(h.id()).size(), top));
        }
        return summaries;
    }

    private List<DigestSummary> digestSummaries() {
        return corpus.digests().stream().map(d -> new DigestSummary(d, d.papers().size())).toList();
    }

    private List<TagCount> tagCounts() {
        return classification.tags().stream()
                .map(t -> new TagCount(t, papersByTag.getOrDefault(t.id(), List.of()).size()))
                .toList();
    }

    /** Tags worth browsing: carried by two papers or more, or written by a person. */
    private List<TagCount> listedTags() {
        return listedTags;
    }

    /** Tags worth browsing, in label order: made once, as home, tag index and feeds all need them. */
    private List<TagCount> tagsWorthBrowsing() {
        Map<String, String> labelKeys = new HashMap<>();
        classification.tags().forEach(t -> labelKeys.put(t.id(), TitleKey.of(t.label())));
        return tagCounts().stream()
                .filter(c -> isListed(c.tag(), c.count()))
                .sorted(Comparator.comparing((TagCount c) -> labelKeys.get(c.tag().id())).thenComparing(c -> c.tag().id()))
                .toList();
    }

    /** Whether a tag on this many papers is in the tag index and has a feed. */
    private static boolean isListed(Tag tag, int papers) {
        return papers >= 2 || tag.origin() == TagOrigin.WRITTEN;
    }

    private PaperItem item(Paper p) {
        return items.get(p.id());
    }

    private Optional<LocalDate> firstDigestDate(Paper p) {
        return p.digests().stream().map(digests::get).map(Digest::date).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** Newest first; among papers of one date, by title, then by id. */
    private Comparator<Paper> newestFirst() {
        return Comparator.comparingInt(p -> newestRank.get(p.id()));
    }
}
