package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import io.github.paperdigest.site.PageParts.PaperItem;
import io.github.paperdigest.taxonomy.Classifier;
import io.github.paperdigest.taxonomy.DerivedHubs;
import io.github.paperdigest.taxonomy.HubAssembler;
import io.github.paperdigest.taxonomy.KeyphraseExtractor;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TaxonomyDefinition;
import io.github.paperdigest.taxonomy.TaxonomyParser;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import io.github.paperdigest.taxonomy.Vocabulary;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PagePlannerTest {

    /** Three digests: January lists A and B, February lists C and A again, an undated one lists D. */
    private final Corpus corpus = new PaperCatalog(m -> { }).build(List.of(
            digest("2024-01-10.txt", "Alpha paper", "Beta paper"),
            digest("2024-02-20.txt", "Gamma paper", "alpha PAPER"),
            digest("notes.txt", "Delta paper")));

    private final Classification classification = new Classification(
            List.of(tag("video"), tag("audio"), tag("written-tag")),
            Map.of(id("Alpha paper"), List.of("video", "audio"),
                    id("Beta paper"), List.of("video"),
                    id("Gamma paper"), List.of("video", "written-tag"),
                    id("Delta paper"), List.of("video")),
            List.of(new Hub("media", "Media", "", List.of("video", "audio"), Optional.empty(), true,
                            List.of(id("Alpha paper"), id("Beta paper"), id("Delta paper"), id("Gamma paper")), List.of()),
                    new Hub("sound", "Sound", "", List.of("audio"), Optional.of("media"), true,
                            List.of(id("Alpha paper")), List.of())),
            Map.of(id("Alpha paper"), List.of(new RelatedPaper(id("Gamma paper"), 0.5))));

    private final SiteIndex site = new SiteIndex(corpus, classification);

    private List<Page> pages(String siteTitle) {
        return new PagePlanner(site, siteTitle).plan().pages();
    }

    @Test
    void everyTagPageIsTagSlashItsIdDotHtml() {
        List<TagPage> tagPages = pages("Site").stream().filter(TagPage.class::isInstance)
                .map(TagPage.class::cast).toList();

        assertEquals(3, tagPages.size());
        for (TagPage page : tagPages) {
            assertEquals("tag/" + page.tag().id() + ".html", page.path());
        }
    }

    @Test
    void everyPageOfEachKindLivesInItsFolder() {
        for (Page page : pages("Site")) {
            String expected;
            if (page instanceof HomePage) {
                expected = "index.html";
            } else if (page instanceof TagIndexPage) {
                expected = "tags.html";
            } else if (page instanceof HubIndexPage) {
                expected = "hubs.html";
            } else if (page instanceof DigestArchivePage) {
                expected = "digests.html";
            } else if (page instanceof PaperPage p) {
                expected = "paper/" + p.paper().slug() + ".html";
            } else if (page instanceof TagPage p) {
                expected = "tag/" + p.tag().id() + ".html";
            } else if (page instanceof HubPage p) {
                expected = "hub/" + p.hub().id() + ".html";
            } else if (page instanceof SearchPage) {
                expected = "search.html";
            } else if (page instanceof NotFoundPage) {
                expected = "404.html";
            } else if (page instanceof AuthorIndexPage) {
                expected = "authors.html";
            } else if (page instanceof AuthorPage p) {
                expected = "author/" + p.slug() + ".html";
            } else if (page instanceof ReadingListPage) {
                expected = "reading-list.html";
            } else if (page instanceof DisambiguationPage p) {
                expected = "paper/" + p.slug() + ".html";
            } else {
                expected = "digest/" + ((DigestPage) page).digest().slug() + ".html";
            }
            assertEquals(expected, page.path());
        }
    }

    @Test
    void theSiteHasAHomePageIndexesOnePagePerDigestHubTagAndPaperASearchPageAndA404Page() {
        List<Page> pages = pages("My papers");

        assertInstanceOf(HomePage.class, pages.get(0));
        assertEquals("My papers", pages.get(0).title());
        assertInstanceOf(TagIndexPage.class, pages.get(1));
        assertInstanceOf(HubIndexPage.class, pages.get(2));
        assertInstanceOf(DigestArchivePage.class, pages.get(3));
        // home and indexes, digests, hubs, tags, papers; then the author index, the reading list, search and 404
        assertEquals(4 + 3 + 2 + 3 + 4 + 4, pages.size());
        assertInstanceOf(AuthorIndexPage.class, pages.get(pages.size() - 4));
        assertInstanceOf(ReadingListPage.class, pages.get(pages.size() - 3));
        assertInstanceOf(SearchPage.class, pages.get(pages.size() - 2));
        assertInstanceOf(NotFoundPage.class, pages.get(pages.size() - 1));
        assertEquals(pages.size(), pages.stream().map(Page::path).distinct().count(), "two pages share a path");
    }

    /**
     * Long titles that differ only past a slug's length: each paper has a page of its own, and the address their titles
     * share is a page, after the papers', that lists them newest first with the digests that list each; search engines
     * are told to skip it, as it has nothing of its own.
     */
    @Test
    void papersWhoseTitlesShareAnAddressHaveAPageThereThatListsThemAndIsNotIndexed() {
        String prefix = "Scaling Hierarchical Spatiotemporal Diffusion Transformers for Coherent Minute Long Video"
                + " Generation";
        Corpus sharing = new PaperCatalog(m -> { }).build(List.of(digest("2024-01-10.txt", prefix + " with Memory"),
                digest("2024-02-20.txt", prefix + " without Memory", "Gamma paper")));
        List<Page> pages = new PagePlanner(new SiteIndex(sharing, new Classification(List.of(), Map.of(), List.of(),
                Map.of())), "Site").plan().pages();

        List<DisambiguationPage> listings = pages.stream().filter(DisambiguationPage.class::isInstance)
                .map(DisambiguationPage.class::cast).toList();
        assertEquals(1, listings.size());
        DisambiguationPage listing = listings.get(0);
        assertEquals(sharing.sharedSlugs().get(0).slug(), listing.slug());
        assertEquals(PageKind.DISAMBIGUATION, listing.kind());
        assertEquals("2 papers share this address", listing.title());
        assertEquals(false, listing.indexable());
        assertEquals(List.of(prefix + " without Memory", prefix + " with Memory"),
                listing.papers().stream().map(c -> c.item().paper().title()).toList(), "newest first");
        assertEquals(List.of(List.of("2024-02-20"), List.of("2024-01-10")), listing.papers().stream()
                .map(c -> c.digests().stream().map(PageParts.DigestRef::slug).toList()).toList());
        int lastPaper = pages.stream().filter(PaperPage.class::isInstance).mapToInt(pages::indexOf).max().orElseThrow();
        assertEquals(lastPaper + 1, pages.indexOf(listing), "after the papers' pages");
        assertEquals(3, pages.stream().filter(PaperPage.class::isInstance).count(), "every paper has its page");
        assertEquals(pages.size(), pages.stream().map(Page::path).distinct().count(), "two pages share a path");
    }

    @Test
    void aTagPageListsItsPapersNewestFirst() {
        TagPage video = tagPage("video");

        // Gamma first appears in February, Alpha and Beta in January (by title), Delta's digest is undated
        assertEquals(List.of("Gamma paper", "Alpha paper", "Beta paper", "Delta paper"), titles(video.papers()));
        assertEquals(Optional.of(PaperDate.listed(LocalDate.of(2024, 2, 20))), video.papers().get(0).date());
        assertEquals(Optional.of(PaperDate.listed(LocalDate.of(2024, 1, 10))), video.papers().get(1).date(),
                "a paper without a date of its own is listed by that of the first digest listing it, marked as such");
        assertTrue(video.papers().get(1).date().map(d -> !d.isOwn()).orElseThrow());
    }

    @Test
    void aHubPageListsThePapersOfAllItsTagsNewestFirst() {
        HubPage media = pages("Site").stream().filter(HubPage.class::isInstance).map(HubPage.class::cast)
                .filter(h -> h.hub().id().equals("media")).findFirst().orElseThrow();

        assertEquals(List.of("Gamma paper", "Alpha paper", "Beta paper", "Delta paper"), titles(media.papers()));
        assertEquals(List.of("sound"), media.children().stream().map(PageParts.HubRef::id).toList());
    }

    @Test
    void aHubPageNamesTheFourHubsSharingMostOfItsPapersByJaccardOverlapThenById() {
        // the hub "ab" holds Alpha and Beta; overlaps are shared papers over the papers of either hub
        Map<String, List<String>> hubs = new java.util.LinkedHashMap<>();
        hubs.put("ab", List.of("Alpha paper", "Beta paper"));
        hubs.put("b", List.of("Beta paper")); // 1 of 2: 0.5
        hubs.put("abcd", List.of("Alpha paper", "Beta paper", "Gamma paper", "Delta paper")); // 2 of 4: 0.5
        hubs.put("cd", List.of("Gamma paper", "Delta paper")); // none shared: not named
        hubs.put("bd", List.of("Beta paper", "Delta paper")); // 1 of 3: 0.33, fifth
        hubs.put("a", List.of("Alpha paper")); // 1 of 2: 0.5
        hubs.put("abc", List.of("Alpha paper", "Beta paper", "Gamma paper")); // 2 of 3: 0.67
        Classification overlapping = new Classification(classification.tags(), classification.paperTags(),
                hubs.entrySet().stream().map(h -> new Hub(h.getKey(), h.getKey(), "", List.of("video"), Optional.empty(),
                        true, h.getValue().stream().map(this::id).toList(), List.of())).toList(),
                classification.related());

        HubPage ab = new PagePlanner(new SiteIndex(corpus, overlapping), "Site").plan().pages().stream()
                .filter(HubPage.class::isInstance).map(HubPage.class::cast)
                .filter(h -> h.hub().id().equals("ab")).findFirst().orElseThrow();

        assertEquals(List.of("abc", "a", "abcd", "b"), ab.relatedHubs().stream().map(l -> l.hub().id()).toList());
        assertEquals(List.of(2, 1, 2, 1), ab.relatedHubs().stream().map(PageParts.HubLink::sharedPapers).toList());
    }

    @Test
    void theHomePageListsDigestsNewestFirst() {
        HomePage home = (HomePage) pages("Site").get(0);

        assertEquals(List.of("2024-02-20", "2024-01-10", "notes"),
                home.digests().stream().map(PageParts.DigestRef::slug).toList());
        assertEquals(4, home.paperCount());
    }

    /**
     * A list shows a paper's tags only on the home page (and in the feeds): a tag, hub, digest or author page holds
     * its papers without them, so that a paper's tags changing leaves those pages, and their keys, as they were.
     */
    @Test
    void onlyTheHomePagesListHoldsThePapersTags() {
        HomePage home = (HomePage) pages("Site").get(0);
        assertEquals(List.of("video", "written-tag"), home.newest().get(0).tags().stream().map(Tag::id).toList());
        assertTrue(tagPage("video").papers().stream().allMatch(item -> item.tags().isEmpty()));
        assertTrue(pages("Site").stream().filter(DigestPage.class::isInstance).map(DigestPage.class::cast)
                .flatMap(d -> d.entries().stream()).allMatch(e -> e.item().tags().isEmpty()));
    }

    /** A related paper's similarity is held as the words a page can say of it, which a small change leaves alone. */
    @Test
    void aNeighboursSimilarityIsHeldAsItsCloseness() {
        assertEquals(PageParts.Closeness.SIMILAR, paperPage("Alpha paper").related().get(0).closeness());
        assertEquals(PageParts.Closeness.UNSAID, PageParts.Closeness.of(0.494));
        assertEquals(PageParts.Closeness.SIMILAR, PageParts.Closeness.of(0.495));
        assertEquals(PageParts.Closeness.SIMILAR, PageParts.Closeness.of(0.744));
        assertEquals(PageParts.Closeness.VERY_SIMILAR, PageParts.Closeness.of(0.745));
    }

    /**
     * A similarity's closeness is decided without a BigDecimal, as it was with one: its percentage, as its shortest
     * decimal writes it, rounded half up. Asked of the doubles nearest each boundary and of many others.
     */
    @Test
    void aClosenessIsThePercentageRoundedHalfUp() {
        java.util.List<Double> similarities = new java.util.ArrayList<>();
        for (double boundary : new double[] {0.495, 0.745, 0.5, 0.75, 0.0, 1.0}) {
            double d = boundary;
            for (int i = 0; i < 50; i++) {
                d = Math.nextDown(d);
            }
            for (int i = 0; i < 100; i++, d = Math.nextUp(d)) {
                similarities.add(d);
            }
        }
        java.util.Random random = new java.util.Random(34);
        for (int i = 0; i < 100_000; i++) {
            similarities.add(random.nextDouble() * 1.2 - 0.1);
            similarities.add(Math.round(random.nextDouble() * 100_000) / 100_000.0);
        }
        for (double similarity : similarities) {
            int percent = java.math.BigDecimal.valueOf(similarity * 100).setScale(0, java.math.RoundingMode.HALF_UP)
                    .intValue();
            PageParts.Closeness expected = percent >= 75 ? PageParts.Closeness.VERY_SIMILAR
                    : percent >= 50 ? PageParts.Closeness.SIMILAR : PageParts.Closeness.UNSAID;
            assertEquals(expected, PageParts.Closeness.of(similarity), "similarity " + similarity);
        }
    }

    @Test
    void aPaperPageShowsItsNeighboursInEachOfItsDigestsAndItsRelatedPapers() {
        PaperPage alpha = paperPage("Alpha paper");

        assertEquals(List.of("2024-01-10", "2024-02-20"), alpha.digests().stream().map(PageParts.DigestRef::slug).toList());
        PageParts.InDigest january = alpha.inDigests().get(0);
        PageParts.InDigest february = alpha.inDigests().get(1);
        assertEquals("2024-01-10", january.digest().slug());
        assertEquals(1, january.position());
        assertEquals(Optional.empty(), january.previous());
        assertEquals(Optional.of("Beta paper"), january.next().map(Paper::title));
        assertEquals("2024-02-20", february.digest().slug());
        assertEquals(2, february.position());
        assertEquals(Optional.of("Gamma paper"), february.previous().map(Paper::title));
        assertEquals(Optional.empty(), february.next());
        assertEquals(List.of("Gamma paper"), alpha.related().stream().map(n -> n.paper().title()).toList());
        assertEquals(List.of("video"), alpha.related().get(0).sharedTags().stream().map(Tag::id).toList());
        assertEquals(List.of("video", "audio"), alpha.tags().stream().map(Tag::id).toList());
    }

    /**
     * A paper's page knows the pages of its own authors only: what it is made from, and so whether a rebuild makes it
     * again, does not grow with the archive's authors.
     */
    @Test
    void aPaperPageHoldsThePagesOfItsOwnAuthorsOnly() {
        Corpus withAuthors = new PaperCatalog(m -> { }).build(List.of(new DigestFile("2024-03-01.txt", "text",
                Optional.empty(), Optional.of(LocalDate.parse("2024-03-01")), Optional.empty(), "", List.of(), List.of(
                        authored("Lattice paper", "Ada Lovelace", "Bob Stone"),
                        authored("Engine paper", "Ada Lovelace"),
                        authored("Song paper", "Carol King", "Dan Brown"),
                        authored("Chord paper", "Carol King")))));
        Classification none = new Classification(List.of(), Map.of(), List.of(), Map.of());
        List<Page> pages = new PagePlanner(new SiteIndex(withAuthors, none), "Site").plan().pages();

        Map<String, Map<String, String>> authorPages = new HashMap<>();
        pages.stream().filter(PaperPage.class::isInstance).map(PaperPage.class::cast)
                .forEach(p -> authorPages.put(p.paper().title(), p.authorPages()));
        assertEquals(Map.of("Ada Lovelace", "ada-lovelace"), authorPages.get("Lattice paper"));
        assertEquals(Map.of("Carol King", "carol-king"), authorPages.get("Song paper"));
        assertEquals(Map.of("Carol King", "carol-king"), authorPages.get("Chord paper"));
    }

    private static PaperEntry authored(String title, String... authors) {
        return new PaperEntry(title, "About " + title + ".", false, Optional.empty(), List.of(authors), Optional.empty(),
                List.of(), List.of(), Optional.empty(), new java.util.TreeMap<>(), "", 1);
    }

    @Test
    void theSeedSiteHasOnePagePerPaperAndEveryTagPageInTheTagFolder() {
        Corpus seed = SeedDigest.corpus();
        Classification seedClassification = classify(seed);

        List<Page> pages = new PagePlanner(new SiteIndex(seed, seedClassification), "Seed").plan().pages();

        assertEquals(SeedDigest.PAPERS, pages.stream().filter(PaperPage.class::isInstance).count());
        Set<String> paths = new HashSet<>();
        for (Page page : pages) {
            assertTrue(paths.add(page.path()), "two pages at " + page.path());
            if (page instanceof TagPage tagPage) {
                assertEquals("tag/" + tagPage.tag().id() + ".html", page.path());
                for (int i = 1; i < tagPage.papers().size(); i++) {
                    LocalDate before = tagPage.papers().get(i - 1).date().map(PaperDate::start).orElse(LocalDate.MIN);
                    LocalDate after = tagPage.papers().get(i).date().map(PaperDate::start).orElse(LocalDate.MIN);
                    assertTrue(!before.isBefore(after), "newest first on " + page.path());
                }
            }
        }
    }

    private static Classification classify(Corpus corpus) {
        TextAnalyzer analyzer = new TextAnalyzer();
        MarkdownRenderer markdown = new MarkdownRenderer(new HtmlSanitizer());
        Vocabulary vocabulary = Vocabulary.of(new TaxonomyParser().parse("built-in", SeedDigest.builtInVocabulary()),
                TaxonomyDefinition.empty(), analyzer);
        return new Classifier(new Tagger(vocabulary, new KeyphraseExtractor(new TextAnalyzer()), markdown, new TextAnalyzer()), new HubAssembler(vocabulary, markdown, w -> { }, new DerivedHubs()),
                new RelatedPapers(analyzer, 5)).classify(corpus, TaxonomyDefinition.empty());
    }

    /** A tag page's related tags: the others its papers carry, on most of them first, then by id; eight at most. */
    @Test
    void aTagPagesRelatedTagsAreTheOthersOnMostOfItsPapers() {
        List<String> twelve = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(String.format("t%02d", i));
        }
        List<Tag> tags = new java.util.ArrayList<>(twelve.stream().map(PagePlannerTest::tag).toList());
        tags.add(tag("video"));
        List<String> alphaTags = new java.util.ArrayList<>(twelve);
        alphaTags.add(0, "video");
        Classification many = new Classification(tags,
                Map.of(id("Alpha paper"), alphaTags,
                        id("Beta paper"), List.of("t12", "video", "t11", "t03"),
                        id("Gamma paper"), List.of("video", "t12"),
                        id("Delta paper"), List.of("video")),
                List.of(), Map.of());
        TagPage video = new PagePlanner(new SiteIndex(corpus, many), "Site").plan().pages().stream()
                .filter(TagPage.class::isInstance).map(TagPage.class::cast)
                .filter(t -> t.tag().id().equals("video")).findFirst().orElseThrow();
        assertEquals(List.of("t12 3", "t03 2", "t11 2", "t01 1", "t02 1", "t04 1", "t05 1", "t06 1"),
                video.relatedTags().stream().map(c -> c.tag().id() + " " + c.count()).toList());
    }

    private TagPage tagPage(String id) {
        return pages("Site").stream().filter(TagPage.class::isInstance).map(TagPage.class::cast)
                .filter(t -> t.tag().id().equals(id)).findFirst().orElseThrow();
    }

    private PaperPage paperPage(String title) {
        return pages("Site").stream().filter(PaperPage.class::isInstance).map(PaperPage.class::cast)
                .filter(p -> p.paper().title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theSearchIndexListsEveryPaperNewestFirstWithItsPageTagsHubsAndDigests() {
        SearchIndex index = SearchIndex.of(site);

        assertEquals(List.of("Gamma paper", "Alpha paper", "Beta paper", "Delta paper"),
                index.papers().stream().map(SearchIndex.Entry::title).toList());
        SearchIndex.Entry alpha = index.papers().get(1);
        assertEquals(corpus.byId().get(id("Alpha paper")).slug(), alpha.path().replaceAll("^paper/|\\.html$", ""));
        assertEquals(Optional.empty(), alpha.date(), "a search result shows no digest's date as the paper's");
        assertEquals(List.of("video", "audio"), alpha.tags().stream().map(t -> index.tags().get(t).id()).toList());
        assertEquals(List.of("media", "sound"), alpha.hubs().stream().map(h -> index.hubs().get(h).id()).toList());
        assertEquals(List.of("2024-01-10", "2024-02-20"),
                alpha.digests().stream().map(d -> index.digests().get(d).id()).toList());
        assertEquals(List.of("tag/video.html", "tag/audio.html", "tag/written-tag.html"),
                index.tags().stream().map(SearchIndex.Facet::path).toList());
        assertEquals("digest/notes.html", index.digests().get(2).path(), "the undated digest comes last");
    }

    @Test
    void searchFindsATagByItsOneWordAliasesOnly() {
        Classification withAliases = new Classification(
                List.of(new Tag("video", "Video", "", TagOrigin.VOCABULARY, List.of("T2V", "video diffusion model", "clips")),
                        tag("audio"), tag("written-tag")),
                classification.paperTags(), classification.hubs(), Map.of());

        SearchIndex index = SearchIndex.of(new SiteIndex(corpus, withAliases));

        assertEquals(List.of("T2V", "clips"), index.tags().get(0).aliases(),
                "the words of longer aliases would match every query for 'model'");
        assertEquals(List.of(), index.tags().get(1).aliases());
    }

    @Test
    void theSearchIndexNamesThePapersEachWordIsInByTheirPosition() {
        Map<String, List<SearchIndex.Occurrence>> words = new HashMap<>();
        SearchIndex.of(site).words().forEach(w -> words.put(w.word(), w.occurrences()));

        assertEquals(List.of(new SearchIndex.Occurrence(0, true)), words.get("gamma"));
        assertEquals(4, words.get("paper").size());
        assertTrue(!words.containsKey("about"), "stopwords are left out: " + words.keySet());
    }

    private static List<String> titles(List<PaperItem> items) {
        return items.stream().map(i -> i.paper().title()).toList();
    }

    private PaperId id(String title) {
        Map<String, PaperId> byTitle = new HashMap<>();
        corpus.papers().forEach(p -> byTitle.put(p.title(), p.id()));
        return byTitle.get(title);
    }

    private static Tag tag(String id) {
        return new Tag(id, id, "", id.startsWith("written") ? TagOrigin.WRITTEN : TagOrigin.VOCABULARY);
    }

    private static DigestFile digest(String name, String... titles) {
        Optional<LocalDate> date = name.matches("\\d{4}-\\d{2}-\\d{2}\\.txt")
                ? Optional.of(LocalDate.parse(name.substring(0, 10))) : Optional.empty();
        return new DigestFile(name, "text", Optional.empty(), date, Optional.empty(), "", List.of(),
                List.of(titles).stream().map(t -> PaperEntry.of(t, "About " + t + ".", List.of(), 1)).toList());
    }
}
