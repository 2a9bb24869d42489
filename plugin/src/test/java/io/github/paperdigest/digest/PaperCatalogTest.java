package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Digest;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.SharedSlug;
import io.github.paperdigest.model.Slugs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperCatalogTest {

    private static final String LONG_PREFIX = "Scaling Hierarchical Spatiotemporal Diffusion Transformers for Coherent"
            + " Minute Long Video Generation";

    private final PaperCatalog catalog = new PaperCatalog(message -> { });

    @Test
    void theSameTitleUpToCaseAndPunctuationInTwoDigestsIsOnePaperListedInBoth() {
        DigestFile january = digest("2024-01-01.txt", entry("Video-CCAM: Enhancing Video-Language Understanding"));
        DigestFile february = digest("2024-02-01.txt", entry("video ccam — enhancing VIDEO language understanding!"));

        Corpus corpus = catalog.build(List.of(january, february));

        assertEquals(1, corpus.papers().size());
        Paper paper = corpus.papers().get(0);
        assertEquals(List.of("2024-01-01", "2024-02-01"), paper.digests());
        assertEquals("Video-CCAM: Enhancing Video-Language Understanding", paper.title(), "the first title is kept");
        for (Digest d : corpus.digests()) {
            assertEquals(List.of(paper.id()), d.papers(), d.slug());
        }
    }

    @Test
    void theWordsWhoseCaseAnyDigestProtectsAddUp() {
        DigestFile bib = digest("2024-01-01.txt", keeping(arxivEntry("Markov chains in Python", "2001.01234"),
                "Markov", "Python"));
        DigestFile csl = digest("2024-02-01.txt", keeping(arxivEntry("Markov Chains in Python", "2001.01234"),
                "Markov", "von Neumann"));
        DigestFile plain = digest("2024-03-01.txt", arxivEntry("Markov chains in Python", "2001.01234"));

        Paper paper = only(catalog.build(List.of(plain, csl, bib)));

        assertEquals(List.of("Markov", "Python", "von Neumann"), List.copyOf(paper.keptCase()),
                "no digest can say a word's case is not protected; sorted, whatever the order the digests come in");
    }

    @Test
    void tagsOfEveryDigestAreUnitedInFirstSeenOrder() {
        DigestFile january = digest("2024-01-01.txt", entry("Paper", "An abstract.", false, List.of("video", "llm")));
        DigestFile february = digest("2024-02-01.txt", entry("PAPER", "An abstract.", false, List.of("llm", "agents")));

        Paper paper = catalog.build(List.of(february, january)).papers().get(0);

        assertEquals(List.of("video", "llm", "agents"), paper.tags());
    }

    @Test
    void tagsADigestGivesAllItsPapersAreAddedToEachOfThem() {
        DigestFile tagged = new DigestFile("2024-01-01.txt", "text", Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1)),
                Optional.empty(), "", List.of("reading-group"), List.of(entry("One"), entry("Two")));

        for (Paper p : catalog.build(List.of(tagged)).papers()) {
            assertEquals(List.of("reading-group"), p.tags(), p.title());
        }
    }

    @Test
    void aTitleWithoutLatinLettersIsNamedByItsAccentlessLettersElseItsArxivIdElseAStableFingerprint() {
        DigestFile digest = digest("2024-01-01.txt", entry("Évaluation des modèles vidéo"),
                arxivEntry("视频生成的扩散模型", "2401.09414"), entry("大规模视频理解"), entry("Видео и язык"));

        List<String> slugs = catalog.build(List.of(digest)).papers().stream().map(Paper::slug).sorted().toList();
        List<String> again = catalog.build(List.of(digest)).papers().stream().map(Paper::slug).sorted().toList();

        assertEquals(4, slugs.size());
        assertTrue(slugs.contains("evaluation-des-modeles-video"), slugs.toString());
        assertTrue(slugs.contains("arxiv-2401-09414"), slugs.toString());
        assertEquals(2, slugs.stream().filter(s -> s.matches("paper-[0-9a-f]{8}")).count(),
                "no more paper/paper.html: " + slugs);
        assertEquals(slugs, again, "the same titles give the same names");
    }

    @Test
    void theLongerAbstractWins() {
        DigestFile january = digest("2024-01-01.txt", entry("Paper", "Short abstract.", false, List.of()));
        DigestFile february = digest("2024-02-01.txt", entry("Paper", "Short abstract, with more words.", false, List.of()));

        assertEquals("Short abstract, with more words.", only(catalog.build(List.of(january, february))).abstractText());
        assertEquals("Short abstract, with more words.", only(catalog.build(List.of(february, january))).abstractText());
    }

    @Test
    void aCompleteAbstractWinsOverATruncatedOneEvenIfShorter() {
        DigestFile january = digest("2024-01-01.txt",
                entry("Paper", "We study long videos and find that a great many things happen...", true, List.of()));
        DigestFile february = digest("2024-02-01.txt", entry("Paper", "We study long videos.", false, List.of()));

        Paper paper = only(catalog.build(List.of(january, february)));
        assertEquals("We study long videos.", paper.abstractText());
        assertFalse(paper.abstractTruncated());
    }

    @Test
    void aCompleteAbstractIsNotReplacedByALongerTruncatedOne() {
        DigestFile january = digest("2024-01-01.txt", entry("Paper", "We study long videos.", false, List.of()));
        DigestFile february = digest("2024-02-01.txt",
                entry("Paper", "We study long videos and find that a great many things happen...", true, List.of()));

        Paper paper = only(catalog.build(List.of(january, february)));
        assertEquals("We study long videos.", paper.abstractText());
        assertFalse(paper.abstractTruncated());
    }

    @Test
    void linksOfEveryDigestAreKeptOncePerUrl() {
        Link code = new Link(LinkKind.CODE, "https://github.com/a/b");
        Link project = new Link(LinkKind.PROJECT, "https://a.github.io/b");
        DigestFile january = digest("2024-01-01.txt", PaperEntry.of("Paper", "Abstract.", List.of(code), 1));
        DigestFile february = digest("2024-02-01.txt", PaperEntry.of("Paper", "Abstract.", List.of(project, code), 1));

        assertEquals(List.of(code, project), only(catalog.build(List.of(january, february))).links());
    }

    @Test
    void aPaperListedTwiceInOneDigestIsListedOnce() {
        DigestFile digest = digest("2024-01-01.txt", entry("One"), entry("Two"), entry("one!"));

        Corpus corpus = catalog.build(List.of(digest));

        assertEquals(2, corpus.papers().size());
        assertEquals(2, corpus.digests().get(0).papers().size());
    }

    @Test
    void aDigestListsItsPapersInTheOrderOfItsFile() {
        DigestFile digest = digest("2024-01-01.txt", entry("Zebra"), entry("Apple"), entry("Mango"));

        Corpus corpus = catalog.build(List.of(digest));

        Map<io.github.paperdigest.model.PaperId, String> titles = corpus.papers().stream()
                .collect(Collectors.toMap(Paper::id, Paper::title));
        assertEquals(List.of("Zebra", "Apple", "Mango"), corpus.digests().get(0).papers().stream().map(titles::get).toList());
    }

    @Test
    void digestsAreListedNewestFirstWithUndatedOnesLast() {
        Corpus corpus = catalog.build(List.of(digest("2024-01-01.txt", entry("A")), digest("notes.txt", entry("B")),
                digest("2024-03-01.txt", entry("C")), digest("2024-02-01.txt", entry("D"))));

        assertEquals(List.of("2024-03-01", "2024-02-01", "2024-01-01", "notes"),
                corpus.digests().stream().map(Digest::slug).toList());
    }

    @Test
    void papersWhoseTitlesGiveTheSameSlugGetDifferentSlugs() {
        List<String> titles = List.of("Don't Stop Believing", "Dont Stop Believing", "Straße Scenes", "Strasse Scenes",
                "CON", "C'on", LONG_PREFIX + " with Memory", LONG_PREFIX + " without Memory", "视频生成", "视频理解");
        DigestFile digest = digest("2024-01-01.txt", titles.stream().map(PaperCatalogTest::entry).toArray(PaperEntry[]::new));

        Corpus corpus = catalog.build(List.of(digest));

        assertEquals(titles.size(), corpus.papers().size());
        Set<String> slugs = new HashSet<>();
        for (Paper p : corpus.papers()) {
            assertTrue(slugs.add(p.slug()), "duplicate slug " + p.slug());
            assertTrue(Slugs.isSlug(p.slug()), p.slug());
            assertTrue(p.slug().length() <= Slugs.MAX_LENGTH, p.slug());
        }
        // the two Chinese titles, named by fingerprints of their own, share nothing
        assertEquals(4, corpus.sharedSlugs().size(), corpus.sharedSlugs()::toString);
        corpus.sharedSlugs().forEach(shared -> assertFalse(slugs.contains(shared.slug()), shared.slug()));
    }

    @Test
    void papersWhoseTitlesGiveOneSlugEachHaveTheirOwnFingerprintedOneAndShareThePlainOne() {
        Corpus corpus = catalog.build(List.of(digest("2024-01-01.txt", entry("Don't Stop Believing"),
                entry("Dont Stop Believing"))));

        String first = slugOf(corpus, "Don't Stop Believing");
        String second = slugOf(corpus, "Dont Stop Believing");
        assertTrue(first.matches("dont-stop-believing-[0-9a-f]{8}"), first);
        assertTrue(second.matches("dont-stop-believing-[0-9a-f]{8}"), second);
        assertNotEquals(first, second);
        assertEquals(List.of(new SharedSlug("dont-stop-believing", corpus.papers().stream().map(Paper::id).toList())),
                corpus.sharedSlugs());
    }

    @Test
    void aLongTitlesSlugKeepsRoomForTheFingerprintOfEachPaperThatSharesIt() {
        Corpus corpus = catalog.build(List.of(digest("2024-01-01.txt", entry(LONG_PREFIX + " with Memory"),
                entry(LONG_PREFIX + " without Memory"))));

        String shared = Slugs.of(LONG_PREFIX + " with Memory", "");
        assertEquals(List.of(shared), corpus.sharedSlugs().stream().map(SharedSlug::slug).toList());
        for (Paper p : corpus.papers()) {
            assertTrue(p.slug().length() <= Slugs.MAX_LENGTH, p.slug());
            assertTrue(p.slug().matches("[a-z0-9-]+-[0-9a-f]{8}") && shared.startsWith(p.slug().substring(0,
                    p.slug().length() - 9)), p.slug() + " is the shared slug, cut, and a fingerprint");
        }
    }

    /**
     * Whichever digest lists it first, a paper's address stays one click away from it: a digest that brings a
     * colliding title, older or newer than the site's first, gives none of its papers an address the site had, and
     * every paper the site had is listed at its old address if it is no longer there.
     */
    @Test
    void aDigestThatBringsCollidingTitlesGivesNoneOfItsPapersAnAddressTheSiteHad() {
        DigestFile site = digest("b-2024-01-01.txt", entry("Straße Scenes"), entry("Don't Stop Believing"),
                entry(LONG_PREFIX + " with Memory"));
        Corpus before = catalog.build(List.of(site));
        Set<String> oldSlugs = before.papers().stream().map(Paper::slug).collect(Collectors.toSet());
        List<PaperEntry> colliding = List.of(entry("Dont Stop Believing"), entry("Strasse Scenes"),
                entry(LONG_PREFIX + " without Memory"));

        for (String name : List.of("a-2024-02-01.txt", "c-2023-06-01.txt")) {
            DigestFile added = digest(name, colliding.toArray(PaperEntry[]::new));
            Corpus after = catalog.build(List.of(added, site));

            assertEquals(6, after.papers().size());
            for (Paper p : before.papers()) {
                Paper now = after.byId().get(p.id());
                assertTrue(after.sharedSlugs().stream().anyMatch(s -> s.slug().equals(p.slug())
                        && s.papers().contains(now.id())), name + ": " + p.title() + " is listed at " + p.slug());
            }
            after.papers().forEach(p -> assertFalse(oldSlugs.contains(p.slug()), name + ": " + p.slug()));
        }
    }

    /** The same papers listed by the same digests twice, in two arrangements: the digests' order, dates and entries'. */
    private record Arrangements(List<DigestFile> one, List<DigestFile> other) {
        @Override
        public String toString() {
            return one.stream().map(d -> d.sourceName() + d.entries().stream().map(e -> e.arxivId().orElseThrow()).toList())
                    .toList() + " and " + other.stream().map(DigestFile::sourceName).toList();
        }
    }

    /**
     * Papers of few titles, several of which give one slug (one title, or long titles that differ past the slug's
     * length), told apart by their arXiv ids, listed by up to four digests; then the same digests, dated otherwise, in
     * another order, their entries shuffled.
     */
    private static Arrangements arrangements(java.util.Random r) {
        List<String> titles = List.of("Attention Is All You Need", "Attention is all you need!", "A Paper",
                LONG_PREFIX + " with Memory", LONG_PREFIX + " without Memory", "Straße Scenes", "Strasse Scenes",
                "A Unique Title");
        int papers = 2 + r.nextInt(8);
        List<PaperEntry> all = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            all.add(arxivEntry(titles.get(r.nextInt(titles.size())), String.format("2401.%05d", i)));
        }
        List<List<PaperEntry>> digests = new ArrayList<>();
        for (int d = 0, n = 1 + r.nextInt(4); d < n; d++) {
            digests.add(new ArrayList<>());
        }
        for (PaperEntry e : all) {
            // every paper in one digest at least, some in two
            digests.get(r.nextInt(digests.size())).add(e);
            if (r.nextInt(3) == 0) {
                digests.get(r.nextInt(digests.size())).add(e);
            }
        }
        digests.removeIf(List::isEmpty);
        List<DigestFile> one = new ArrayList<>();
        List<DigestFile> other = new ArrayList<>();
        for (int d = 0; d < digests.size(); d++) {
            List<PaperEntry> entries = digests.get(d).stream().distinct().toList();
            one.add(digest(String.format("%d-2024-%02d-01.txt", d, 1 + r.nextInt(12)), entries.toArray(PaperEntry[]::new)));
            List<PaperEntry> shuffled = new ArrayList<>(entries);
            java.util.Collections.shuffle(shuffled, r);
            other.add(digest(String.format("%d-20%02d-%02d-01.txt", d, 10 + r.nextInt(20), 1 + r.nextInt(12)),
                    shuffled.toArray(PaperEntry[]::new)));
        }
        java.util.Collections.shuffle(other, r);
        return new Arrangements(one, other);
    }

    /**
     * Which paper has which address depends on the papers alone: not on which digest is older, nor which lists a paper
     * first. Papers whose titles give one slug each have their own, and share that one; no paper has a shared slug.
     */
    @Test
    void theSlugsOfPapersDependOnThePapersAloneNotOnTheOrderOfTheirDigests() {
        int ran = io.github.paperdigest.testing.PropertyCheck.forAll("slugs of the papers alone",
                PaperCatalogTest::arrangements).tries(200).check(a -> {
                    Corpus one = catalog.build(a.one());
                    Corpus other = catalog.build(a.other());
                    Map<String, String> slugs = new TreeMap<>();
                    one.papers().forEach(p -> slugs.put(p.id().value(), p.slug()));
                    Map<String, String> again = new TreeMap<>();
                    other.papers().forEach(p -> again.put(p.id().value(), p.slug()));
                    assertEquals(slugs, again);
                    assertEquals(one.sharedSlugs(), other.sharedSlugs());

                    assertEquals(slugs.size(), new HashSet<>(slugs.values()).size(), "no two papers have one slug");
                    Map<String, List<Paper>> byTitle = one.papers().stream()
                            .collect(Collectors.groupingBy(p -> Slugs.of(p.title(), ""), TreeMap::new, Collectors.toList()));
                    List<SharedSlug> expected = byTitle.entrySet().stream().filter(e -> e.getValue().size() > 1)
                            .map(e -> new SharedSlug(e.getKey(), e.getValue().stream().map(Paper::id).toList())).toList();
                    assertEquals(expected, one.sharedSlugs());
                    one.sharedSlugs().forEach(s -> assertFalse(slugs.containsValue(s.slug()), s.slug()));
                });
        assertTrue(ran > 0);
    }

    @Test
    void everyPaperOfTheUndatedSeedDigestIsListedAtItsAddressWhenADatedDigestBringsCollidingTitles() {
        Corpus before = SeedDigest.corpus();
        List<PaperEntry> newEntries = new ArrayList<>();
        for (Paper p : before.papers()) {
            // "Vlogger: ..." -> "V'logger: ...": another paper (another title key) with the same slug
            String colliding = p.title().replaceFirst("(\\p{L})(\\p{L})", "$1'$2");
            assertNotEquals(p.title(), colliding);
            assertEquals(p.slug(), Slugs.of(colliding, "paper"), "the titles collide");
            newEntries.add(entry(colliding));
        }
        DigestFile newer = new DigestFile("2030-01-01.txt", "text", Optional.empty(), Optional.of(LocalDate.of(2030, 1, 1)),
                Optional.empty(), "", List.of(), newEntries);

        Corpus after = catalog.build(List.of(newer, SeedDigest.read()));

        assertEquals(2 * before.papers().size(), after.papers().size());
        Map<String, SharedSlug> shared = after.sharedSlugs().stream().collect(Collectors.toMap(SharedSlug::slug, s -> s));
        for (Paper p : before.papers()) {
            assertTrue(shared.containsKey(p.slug()) && shared.get(p.slug()).papers().contains(p.id()), p.title());
            assertEquals(2, shared.get(p.slug()).papers().size(), p.title());
        }
        assertEquals(after.papers().size(), after.papers().stream().map(Paper::slug).distinct().count());
    }

    @Test
    void aPaperTheSeedDigestSharesWithANewerDigestIsListedInBoth() {
        Paper vlogger = SeedDigest.corpus().papers().stream().filter(p -> p.title().startsWith("Vlogger")).findFirst()
                .orElseThrow();
        DigestFile newer = digest("2030-01-01.txt", entry("VLOGGER - make your dream a vlog"));

        Corpus after = catalog.build(List.of(newer, SeedDigest.read()));

        assertEquals(SeedDigest.PAPERS, after.papers().size());
        Paper merged = after.byId().get(vlogger.id());
        assertEquals(vlogger.slug(), merged.slug());
        assertEquals(vlogger.title(), merged.title());
        assertEquals(Set.of("000-ac72b9b54d05ed1c", "2030-01-01"), Set.copyOf(merged.digests()));
    }

    @Test
    void digestSlugsComeFromFileNamesAndAreUnique() {
        Corpus corpus = catalog.build(List.of(digest("2024-01-01.txt", entry("A")), digest("2024/2024-01-01.txt", entry("B")),
                digest("2024-01-01.md", entry("C"))));

        List<String> slugs = corpus.digests().stream().map(Digest::slug).toList();
        assertEquals(3, new HashSet<>(slugs).size(), slugs.toString());
        assertTrue(slugs.contains("2024-01-01"), slugs.toString());
        slugs.forEach(s -> assertTrue(Slugs.isSlug(s), s));
    }

    /**
     * A digest's address is its file's name without the extension, so {@code 2024-05-01.md} beside
     * {@code 2024-05-01.txt} would share one: the first by name keeps it and the other is named by its whole name, as
     * always, so that no site's addresses change with the plugin. But the .md file, added beside a .txt file that had
     * the address, takes it and moves the .txt file's page: the build says so, naming both files, both addresses and a
     * name of its own to give the newer one.
     */
    @Test
    void twoDigestFilesWhoseNamesGiveOneAddressAreToldNamingBothAddressesAndTheWayOut() {
        List<String> alone = new ArrayList<>();
        Corpus before = new PaperCatalog(alone::add, m -> { }).build(List.of(digest("2024-05-01.txt", entry("A"))));
        List<String> warnings = new ArrayList<>();
        Corpus after = new PaperCatalog(warnings::add, m -> { }).build(List.of(digest("2024-05-01.txt", entry("A")),
                digest("2024-05-01.md", entry("B"))));

        assertEquals(List.of(), alone);
        assertEquals("2024-05-01", before.digests().get(0).slug());
        Map<String, String> slugs = new HashMap<>();
        after.digests().forEach(d -> slugs.put(d.sourceName(), d.slug()));
        assertEquals(Map.of("2024-05-01.md", "2024-05-01", "2024-05-01.txt", "2024-05-01-txt"), slugs);
        assertEquals(List.of("2024-05-01.txt: its name gives the address digest/2024-05-01.html, as 2024-05-01.md's"
                + " does, which has it, being first by name, so its page is digest/2024-05-01-txt.html. A file added"
                + " later that comes first by name takes the address of the one that had it, and links to it then lead to"
                + " another digest. Give the newer of the two a name of its own (rename 2024-05-01.txt to"
                + " 2024-05-01-2.txt, or 2024-05-01.md to 2024-05-01-2.md), so that the older keeps its address."),
                warnings);
    }

    @Test
    void digestFilesOfOneAddressInTwoFoldersAreToldToo() {
        List<String> warnings = new ArrayList<>();
        new PaperCatalog(warnings::add, m -> { }).build(List.of(digest("2024/05-01.md", entry("A")),
                digest("2024-05-01.md", entry("B")), digest("2024/05-02.md", entry("C"))));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("2024/05-01.md: its name gives the address digest/2024-05-01.html, as"
                + " 2024-05-01.md's does"), warnings.get(0));
    }

    /**
     * Two papers of one title told apart by their arXiv ids and authors, then a third entry of that title that names
     * neither's id, DOI or any author of either: it may be either paper. It joins the first read, as before, but no
     * longer silently: the warning names the entry, both papers and what would tell which it is.
     */
    @Test
    void aThirdEntryOfTwoNamesakesTitleThatNamesNeitherIsToldItMayBeEither() {
        List<String> warnings = new ArrayList<>();
        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("2024-01-01.txt", identified("A Survey of Things", "2401.00001", null, List.of("Ann Smith"), 3)),
                digest("2024-02-01.txt", identified("A Survey of Things", "2402.00002", null, List.of("Bo Jones"), 5)),
                digest("2024-03-01.txt", identified("A Survey of Things", null, null, List.of(), 7))));

        assertEquals(2, corpus.papers().size());
        Paper first = corpus.papers().stream().filter(p -> p.arxivId().equals(Optional.of("2401.00001"))).findFirst()
                .orElseThrow();
        assertEquals(Set.of("2024-01-01", "2024-03-01"), Set.copyOf(first.digests()));
        List<String> told = warnings.stream().filter(w -> w.startsWith("2024-03-01.txt:7: ")).toList();
        assertEquals(List.of("2024-03-01.txt:7: \"A Survey of Things\" may be either of two papers of that title:"
                + " 2024-01-01.txt:3's (arXiv 2401.00001, Ann Smith) and 2024-02-01.txt:5's (arXiv 2402.00002, Bo Jones)."
                + " It names no arXiv id, DOI or author of either, so it is taken as the first. Give it the arXiv id, the"
                + " DOI or the authors of the paper it is."), told);
    }

    @Test
    void aThirdEntryOfTwoNamesakesTitleJoinsThePaperItSharesAnAuthorWith() {
        List<String> warnings = new ArrayList<>();
        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("2024-01-01.txt", identified("A Survey of Things", "2401.00001", null, List.of("Ann Smith"), 3)),
                digest("2024-02-01.txt", identified("A Survey of Things", "2402.00002", null, List.of("Bo Jones"), 5)),
                digest("2024-03-01.txt", identified("A Survey of Things", null, null, List.of("B. Jones"), 7))));

        Paper second = corpus.papers().stream().filter(p -> p.arxivId().equals(Optional.of("2402.00002"))).findFirst()
                .orElseThrow();
        assertEquals(Set.of("2024-02-01", "2024-03-01"), Set.copyOf(second.digests()));
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith("2024-03-01.txt")), warnings.toString());
    }

    @Test
    void theSeedDigestGivesEightyNineUniquelySluggedPapers() {
        Corpus corpus = SeedDigest.corpus();

        assertEquals(SeedDigest.PAPERS, corpus.papers().size());
        assertEquals(SeedDigest.PAPERS, corpus.papers().stream().map(Paper::slug).distinct().count());
        assertEquals(1, corpus.digests().size());
        assertEquals(SeedDigest.PAPERS, corpus.digests().get(0).papers().size());
        Paper vlogger = corpus.papers().stream().filter(p -> p.title().startsWith("Vlogger")).findFirst().orElseThrow();
        assertEquals("vlogger-make-your-dream-a-vlog", vlogger.slug());
    }

    @Test
    void theSameArxivIdUnderTwoTitlesIsOnePaper() {
        DigestFile january = digest("2024-01-01.txt", arxivEntry("Old Title", "2401.01234"));
        DigestFile february = digest("2024-02-01.txt", arxivEntry("New Title", "2401.01234"));

        Paper paper = only(catalog.build(List.of(january, february)));
        assertEquals("Old Title", paper.title());
        assertEquals(Optional.of("2401.01234"), paper.arxivId());
    }

    @Test
    void twoArxivIdsWithOneTitleAreTwoPapersWithTwoSlugs() {
        Corpus corpus = catalog.build(List.of(digest("2024-01-01.txt", arxivEntry("A Paper", "2401.01234"),
                arxivEntry("A Paper", "2401.09999"))));

        assertEquals(2, corpus.papers().size());
        assertNotEquals(corpus.papers().get(0).slug(), corpus.papers().get(1).slug());
    }

    @Test
    void oneTitleWithAnArxivIdAndAnUnrelatedDoiAndNoAuthorInCommonIsTwoPapersWithAWarningNamingBoth() {
        List<String> warnings = new ArrayList<>();
        DigestFile digest = digest("2025-04-09-c.bib",
                identified("Attention Is All You Need", "1706.03762", null, List.of("Ashish Vaswani"), 8),
                identified("Attention Is All You Need", null, "10.9999/unrelated.2021", List.of("Else Somebody"), 15));

        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(digest));

        assertEquals(2, corpus.papers().size());
        Paper vaswani = corpus.papers().get(0);
        Paper other = corpus.papers().get(1);
        assertEquals(List.of("Ashish Vaswani"), vaswani.authors());
        assertEquals(Optional.empty(), vaswani.doi(), "nothing of the other paper is mixed in");
        assertEquals(List.of("Else Somebody"), other.authors());
        assertEquals(Optional.empty(), other.arxivId());
        assertTrue(vaswani.slug().matches("attention-is-all-you-need-[0-9a-f]{8}"), "not even the first listed keeps"
                + " the plain slug: " + vaswani.slug());
        assertTrue(other.slug().matches("attention-is-all-you-need-[0-9a-f]{8}"), other.slug());
        assertEquals(List.of(new SharedSlug("attention-is-all-you-need", List.of(vaswani.id(), other.id()))),
                corpus.sharedSlugs());
        assertEquals(other.slug(), new PaperCatalog(m -> { }).build(List.of(digest)).papers().get(1).slug(), "stable");
        assertEquals(2, corpus.digests().get(0).papers().size());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("2025-04-09-c.bib:8") && warnings.get(0).contains("2025-04-09-c.bib:15")
                && warnings.get(0).contains("two different papers share the title"), warnings.get(0));
        assertTrue(warnings.get(0).contains("each has its own page, and paper/attention-is-all-you-need.html lists both"),
                warnings.get(0));
    }

    /**
     * The ids that tell two papers of one title apart may come from their own links rather than from fields: an arXiv
     * page, and arXiv's own DOI ("https://doi.org/10.48550/arXiv.…"), which names an arXiv paper as a {@code doi}
     * field's does. Read as a DOI of another kind, it would have been one paper with the first.
     */
    @Test
    void entriesOfOneTitleWhoseOwnLinksNameTwoArxivPapersAreTwoPapers(@TempDir Path dir) throws IOException {
        List<String> warnings = new ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "2024-01-01-surveys.md", """
                ## Surveys

                - [A Survey of Laundry Robots](https://arxiv.org/abs/2009.07001)
                - [A Survey of Laundry Robots](https://doi.org/10.48550/arXiv.2206.07002)
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(digest));

        assertEquals(List.of(Optional.of("2009.07001"), Optional.of("2206.07002")),
                corpus.papers().stream().map(Paper::arxivId).toList());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("two different papers share the title"), warnings.get(0));
    }

    /** A warning a paper, never one a pair: 2,000 papers of one title once made 1,999,000 warnings. */
    @Test
    void manyPapersOfOneTitleAreEachToldOnceAgainstTheFirst() {
        List<String> warnings = new ArrayList<>();
        List<PaperEntry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(identified("A Paper", null, "10.1000/n" + i, List.of("Ann Lee"), i + 1));
        }
        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(digest("2024-01-01.txt",
                entries.toArray(PaperEntry[]::new))));

        assertEquals(40, corpus.papers().size());
        assertEquals(39, warnings.size());
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("2024-01-01.txt:1 and 2024-01-01.txt:")), warnings.get(1));
    }

    @Test
    void twoDoisWithOneTitleAreTwoPapersWithAWarning() {
        List<String> warnings = new ArrayList<>();
        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(digest("2024-01-01.txt",
                identified("A Paper", null, "10.1000/one", List.of("Ann Lee"), 3),
                identified("A Paper", null, "10.1000/two", List.of("Ann Lee"), 9))));

        assertEquals(2, corpus.papers().size());
        assertEquals(1, warnings.size(), warnings::toString);
    }

    /**
     * A reference manager's library holds works of one title that no identifier tells apart: a book has no DOI. A
     * journal article and a book are two works; merged, the Nature article was cited with the book's publisher and
     * ISBN, and a warning asked the curator to remove one of the two. They share an author (Bengio).
     */
    @Test
    void aJournalArticleAndABookOfOneTitleAreTwoPapers(@TempDir Path dir) throws IOException {
        List<String> warnings = new ArrayList<>();
        DigestFile digest = ReadOneDigest.digest(dir, "library.json", """
                [{"type": "article-journal", "title": "Deep learning", "container-title": "Nature",
                  "DOI": "10.1038/nature14539", "issued": {"date-parts": [[2015, 5]]},
                  "author": [{"family": "LeCun", "given": "Yann"}, {"family": "Bengio", "given": "Yoshua"}]},
                 {"type": "book", "title": "Deep Learning", "publisher": "MIT Press", "ISBN": "978-0-262-03561-3",
                  "issued": {"date-parts": [[2016]]},
                  "author": [{"family": "Goodfellow", "given": "Ian"}, {"family": "Bengio", "given": "Yoshua"}]}]
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        Corpus corpus = new PaperCatalog(warnings::add, m -> { }).build(List.of(digest));

        assertEquals(List.of("Yann LeCun", "Ian Goodfellow"),
                corpus.papers().stream().map(p -> p.authors().get(0)).toList());
        assertFalse(corpus.papers().get(0).extra().containsKey("ISBN"), "nothing of the book is mixed in");
        assertFalse(corpus.papers().get(0).extra().containsKey("publisher"), "nothing of the book is mixed in");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("two different papers share the title \"Deep Learning\" (a journal article"
                + " by Yann LeCun and a book by Ian Goodfellow); each has its own page, and paper/deep-learning.html lists"
                + " both. If they are one paper, correct the kind of publication"), warnings.get(0));
    }

    /**
     * Two works of one title without any identifier, told apart by their records, each have an id and an address of
     * their own (the build once failed: "two papers with id title:…"), the same whichever digest is read first.
     */
    @Test
    void twoWorksOfOneTitleWithoutIdentifiersHaveIdsAndAddressesOfTheirOwnInAnyOrder(@TempDir Path dir)
            throws IOException {
        DigestFile article = ReadOneDigest.digest(dir, "2024-01-01-articles.bib", """
                @article{lecun2015, title = {Deep learning}, author = {LeCun, Yann and Bengio, Yoshua},
                  journal = {Nature}, year = {2015}}
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));
        DigestFile book = ReadOneDigest.digest(dir, "2024-02-01-books.bib", """
                @book{goodfellow2016, title = {Deep Learning}, author = {Goodfellow, Ian and Bengio, Yoshua},
                  publisher = {MIT Press}, year = {2016}}
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(article, book));
        Map<String, String> slugs = corpus.papers().stream()
                .collect(Collectors.toMap(p -> p.authors().get(0), Paper::slug));

        assertEquals(2, corpus.papers().size());
        assertEquals(Set.of("title:deep learning / lecun 2015", "title:deep learning / goodfellow 2016"),
                corpus.papers().stream().map(p -> p.id().value()).collect(Collectors.toSet()));
        assertTrue(slugs.values().stream().allMatch(s -> s.matches("deep-learning-[0-9a-f]{8}")), slugs::toString);
        assertEquals(List.of(new SharedSlug("deep-learning", corpus.papers().stream().map(Paper::id).toList())),
                corpus.sharedSlugs());
        Corpus reversed = new PaperCatalog(m -> { }).build(List.of(book, article));
        assertEquals(slugs, reversed.papers().stream().collect(Collectors.toMap(p -> p.authors().get(0), Paper::slug)));
        // alone, the book has its title's address and id again
        Paper alone = only(new PaperCatalog(m -> { }).build(List.of(book)));
        assertEquals("deep-learning", alone.slug());
        assertEquals("title:deep learning", alone.id().value());
    }

    /**
     * A third entry of the title, from a reading list, is one of the two works: the one whose first author it names,
     * not a third paper; and a record that gives neither authors nor a kind tells nothing.
     */
    @Test
    void aLaterEntryOfTheTitleJoinsTheWorkOfItsFirstAuthor(@TempDir Path dir) throws IOException {
        DigestFile library = ReadOneDigest.digest(dir, "2024-01-01-library.bib", """
                @article{lecun2015, title = {Deep learning}, author = {LeCun, Yann and Bengio, Yoshua},
                  journal = {Nature}, year = {2015}}
                @book{goodfellow2016, title = {Deep Learning}, author = {Goodfellow, Ian and Bengio, Yoshua},
                  publisher = {MIT Press}, year = {2016}}
                @misc{dl, title = {Deep learning}, url = {https://example.org/deep-learning}}
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));
        DigestFile list = digest("2024-02-01.md", identified("Deep Learning", null, null,
                List.of("Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"), 3));

        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(library, list));

        assertEquals(2, corpus.papers().size());
        Paper book = corpus.papers().stream().filter(p -> p.extra().containsKey("publisher")).findFirst().orElseThrow();
        assertEquals(List.of("Ian Goodfellow", "Yoshua Bengio", "Aaron Courville"), book.authors());
        assertEquals(List.of("2024-01-01-library", "2024-02-01"), book.digests());
    }

    /**
     * One paper whose records disagree on a detail is one paper: a preprint's year and its proceedings', a kind that
     * is no book, an author list cut short; and records without authors tell nothing.
     */
    @Test
    void recordsOfOnePaperThatDisagreeOnItsYearOrKindAreOnePaper(@TempDir Path dir) throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "library.json", """
                [{"type": "article", "title": "Vlogger: Make Your Dream A Vlog", "issued": {"date-parts": [[2024, 1]]},
                  "author": [{"family": "Zhuang", "given": "Shaobin"}, {"family": "Li", "given": "Kunchang"}]},
                 {"type": "paper-conference", "title": "Vlogger: Make your dream a vlog", "container-title": "CVPR",
                  "issued": {"date-parts": [[2024, 6]]}, "author": [{"family": "Li", "given": "K."}]},
                 {"type": "article-journal", "title": "Vlogger: Make Your Dream A Vlog", "issued": {"date-parts": [[2025]]},
                  "author": [{"literal": "Zhuang S"}]},
                 {"type": "book", "title": "Vlogger: Make Your Dream A Vlog", "issued": {"date-parts": [[2026]]},
                  "URL": "https://example.org/vlogger"}]
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        assertEquals(1, new PaperCatalog(m -> { }).build(List.of(digest)).papers().size());
    }

    /**
     * Entries of a reading list or a feed, whose dates may be the day a paper was discussed or last updated and whose
     * authors may be cut short, do not tell two works apart, however much they disagree.
     */
    @Test
    void entriesOfListsThatDisagreeOnAuthorsAndYearAreOnePaper() {
        DigestFile list = digest("2024-01-01.md", authoredIn("Conflicted Paper", "2024", 3, "Ann Lee"),
                authoredIn("conflicted paper", "1999", 9, "Bo Chen", "Cy Dee"));
        // a table's own Type column is a curator's word, not a reference manager's record
        PaperEntry book = authoredIn("Conflicted Paper", "2024", 3, "Ann Lee");
        TreeMap<String, String> kind = new TreeMap<>(book.extra());
        kind.put("type", "Book");
        TreeMap<String, String> otherKind = new TreeMap<>(Map.of("year", "1999", "type", "Journal article"));
        DigestFile table = new DigestFile("2024-02-01.md", "markdown", Optional.empty(), Optional.empty(),
                Optional.empty(), "", List.of(), List.of(new PaperEntry(book.title(), book.abstractText(), false,
                        Optional.empty(), List.of("Ann Lee"), Optional.empty(), List.of(), List.of(), Optional.empty(),
                        kind, "", 3), new PaperEntry("conflicted paper", book.abstractText(), false, Optional.empty(),
                        List.of("Bo Chen"), Optional.empty(), List.of(), List.of(), Optional.empty(), otherKind, "", 9)));

        assertEquals(1, catalog.build(List.of(list)).papers().size());
        assertEquals(1, catalog.build(List.of(table)).papers().size());
    }

    /** Two works of one title by other authors in other years, told by their records: two papers. */
    @Test
    void recordsOfOneTitleWithNoAuthorInCommonAndOtherYearsAreTwoPapers(@TempDir Path dir) throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "library.ris", """
                TY  - JOUR
                TI  - Deep learning
                AU  - LeCun, Yann
                PY  - 2015
                ER  - 

                TY  - JOUR
                TI  - Deep Learning
                AU  - Schmidhuber, Jürgen
                PY  - 2014
                ER  - 
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(digest));

        assertEquals(List.of("title:deep learning / lecun 2015", "title:deep learning / schmidhuber 2014"),
                corpus.papers().stream().map(p -> p.id().value()).toList());
    }

    /**
     * DBLP ends its titles with a full stop. Its record and a reading list's entry of the paper are one paper, whose
     * title is shown and cited without DBLP's full stop, whichever digest was read first.
     */
    @Test
    void aDblpTitlesFullStopIsNoPartOfTheTitleAndItsPaperIsOneWithTheSameTitleElsewhere(@TempDir Path dir)
            throws IOException {
        DigestFile dblp = ReadOneDigest.digest(dir, "2024-01-01-dblp.bib", """
                @inproceedings{DBLP:conf/cvpr/HeZRS16,
                  author = {Kaiming He and Xiangyu Zhang and Shaoqing Ren and Jian Sun},
                  title = {Deep Residual Learning for Image Recognition.},
                  booktitle = {CVPR 2016}, pages = {770--778}, year = {2016}}
                @article{DBLP:journals/corr/abs-1,
                  author = {Ann Lee}, title = {Transformers, Diffusion Models, et al.}, journal = {CoRR}, year = {2023}}
                """, DigestProblems.strict(w -> { }));
        DigestFile list = ReadOneDigest.digest(dir, "2024-02-01-list.md", """
                ## Deep Residual Learning for Image Recognition

                - authors: Kaiming He, Xiangyu Zhang

                We present a residual learning framework.
                """, DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        Corpus corpus = new PaperCatalog(m -> { }).build(List.of(dblp, list));

        assertEquals(List.of("Deep Residual Learning for Image Recognition", "Transformers, Diffusion Models, et al."),
                corpus.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("2024-01-01-dblp", "2024-02-01-list"), corpus.papers().get(0).digests());
    }

    @Test
    void anArxivIdInOneDigestAndAJournalDoiInAnotherWithACommonAuthorAreOnePaper() {
        List<String> warnings = new ArrayList<>();
        DigestFile april = digest("2025-04-01.md",
                identified("Vlogger: Make Your Dream A Vlog", "2401.09414", null, List.of("Shaobin Zhuang", "Kunchang Li"), 3));
        DigestFile may = digest("2025-05-01.bib",
                identified("Vlogger: make your dream a vlog", null, "10.1109/cvpr.2024.1", List.of("Zhuang, Shaobin"), 1));
        DigestFile june = digest("2025-06-01.txt", identified("VLOGGER: Make Your Dream a Vlog", null, null,
                List.of("Somebody Else"), 1));

        Paper paper = only(new PaperCatalog(warnings::add, m -> { }).build(List.of(april, may, june)));

        assertEquals(Optional.of("2401.09414"), paper.arxivId());
        assertEquals(Optional.of("10.1109/cvpr.2024.1"), paper.doi());
        assertEquals(List.of(), warnings, "a title-only entry is no evidence of another paper");
    }

    @Test
    void aPaperListedTwiceInOneDigestIsReportedWithBothLines() {
        List<String> warnings = new ArrayList<>();
        DigestFile digest = digest("2025-04-01-a.md", PaperEntry.of("Vlogger", "An abstract.", List.of(), 3),
                PaperEntry.of("Other", "An abstract.", List.of(), 10), PaperEntry.of("vlogger", "An abstract.", List.of(), 16));
        DigestFile later = digest("2025-04-08-b.md", PaperEntry.of("Vlogger", "An abstract.", List.of(), 5));

        new PaperCatalog(warnings::add, m -> { }).build(List.of(digest, later));

        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("2025-04-01-a.md: \"Vlogger\" is listed twice, on lines 3 and 16"),
                warnings.get(0));
    }

    /**
     * A later digest that renames a paper (arXiv's second version, a curator's correction) is not silently ignored: the
     * page keeps the oldest digest's title, and the warning says which digest gives the other and where to write it.
     */
    @Test
    void aTitleALaterDigestGivesInOtherWordsIsOneWarningNamingBothDigestsAndWhereToCorrectIt() {
        List<String> warnings = new ArrayList<>();
        PaperEntry first = vlogger("Vlogger: Make Your Dream A Vlog", 3);
        PaperEntry second = vlogger("Vlogger: Make Your Dream a Video Blog", 7);

        Paper paper = only(new PaperCatalog(warnings::add, m -> { })
                .build(List.of(digest("2024-02-01.txt", second), digest("2024-01-01.txt", first))));

        assertEquals("Vlogger: Make Your Dream A Vlog", paper.title());
        assertEquals(List.of("2024-01-01.txt:3: \"Vlogger: Make Your Dream A Vlog\" is shown with this title, the oldest"
                + " digest's that lists it; 2024-02-01.txt:7 gives \"Vlogger: Make Your Dream a Video Blog\". To show that"
                + " title, write it here (the page's address follows its title)."), warnings);
    }

    /** Titles written with other capitals, accents or punctuation are the same words: nothing to correct. */
    @Test
    void titlesThatDifferInCaseAccentsOrPunctuationAloneAreNoWarning() {
        List<String> warnings = new ArrayList<>();

        only(new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("2024-01-01.txt", vlogger("Vlogger: Make Your Dream A Vlog", 1)),
                digest("2024-02-01.txt", vlogger("Vlogger - make your dream a vlog.", 1)),
                digest("2024-03-01.txt", vlogger("VLOGGER: Make Your Dréam a Vlog", 1)))));

        assertEquals(List.of(), warnings);
    }

    private static PaperEntry vlogger(String title, int line) {
        return new PaperEntry(title, "Abstract.", false, Optional.of("2401.09414"), List.of(),
                Optional.of(LocalDate.of(2024, 1, 17)), List.of(), List.of(), Optional.empty(), new TreeMap<>(), "", line);
    }

    @Test
    void digestsThatDisagreeOnAPapersYearAreOneWarningNamingEachFileAndLineAndTheYearUsed() {
        List<String> warnings = new ArrayList<>();
        DigestFile bib = digest("2025-01-01-a.bib", dated("Attention Is All You Need", null, "2017", 4));
        DigestFile sheet = digest("2025-02-01-b.csv", dated("Attention Is All You Need", null, "2018", 2));
        DigestFile again = digest("2025-03-01-c.ris", dated("Attention Is All You Need", null, "2019", 7));

        Paper paper = only(new PaperCatalog(warnings::add, m -> { }).build(List.of(again, sheet, bib)));

        assertEquals("2017", paper.extra().get("year"), "the oldest digest's, as for every field");
        assertEquals(List.of("2025-01-01-a.bib:4: digests disagree on the year of \"Attention Is All You Need\": 2017"
                + " here is used; 2018 from 2025-02-01-b.csv:2 and 2019 from 2025-03-01-c.ris:7 are not. Correct the"
                + " digest that is wrong."), warnings);
    }

    @Test
    void aDisagreementNamesThePaperNoteItsYearIsFromNotItsFolder() {
        List<String> warnings = new ArrayList<>();
        DigestFile bib = digest("2025-01-01-a.bib", dated("Attention Is All You Need", null, "2017", 4));
        DigestFile notes = new DigestFile("papers/", "markdown", Optional.of("Papers"), Optional.of(LocalDate.of(2025, 2, 1)),
                Optional.empty(),
                "", List.of(), List.of(dated("Attention Is All You Need", null, "2018", 3)), "paper notes",
                List.of("papers/Attention.md"));

        only(new PaperCatalog(warnings::add, m -> { }).build(List.of(bib, notes)));

        assertEquals(List.of("2025-01-01-a.bib:4: digests disagree on the year of \"Attention Is All You Need\": 2017"
                + " here is used; 2018 from papers/Attention.md:3 is not. Correct the digest that is wrong."), warnings);
    }

    @Test
    void aPublicationDateIsUsedBeforeAYearAndTheWarningSaysSo() {
        List<String> warnings = new ArrayList<>();
        DigestFile bib = digest("2025-01-01-a.bib", dated("Vlogger", null, "2023", 3));
        DigestFile json = digest("2025-02-01-b.json", dated("Vlogger", LocalDate.of(2024, 1, 17), null, 5));

        only(new PaperCatalog(warnings::add, m -> { }).build(List.of(bib, json)));

        assertEquals(List.of("2025-02-01-b.json:5: digests disagree on the year of \"Vlogger\": 2024-01-17 here is used;"
                + " 2023 from 2025-01-01-a.bib:3 is not. Correct the digest that is wrong."), warnings);
    }

    /**
     * An awesome list's item dated by the article's day online, under a venue of the year ("IEEE Transactions
     * on Knowledge and Data Engineering 2022" over "March 31, 2021"): one entry, no digests that disagree.
     */
    @Test
    void anEntryThatGivesADayAndAnotherYearDoesNotDisagreeWithItself() {
        List<String> warnings = new ArrayList<>();
        only(new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("awesome.md", dated("A survey on multi-task learning", LocalDate.of(2021, 3, 31), "2022", 61)))));

        assertEquals(List.of(), warnings);
    }

    /** A reading group's schedule whose Date column is the day of the meeting, years after the paper. */
    @Test
    void aDayYearsAfterThePapersOtherDatesIsToldItMayBeTheDayItWasDiscussed() {
        List<String> warnings = new ArrayList<>();
        only(new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("2024-spring.md", dated("BERT", LocalDate.of(2024, 1, 31), null, 7)),
                digest("library.json", dated("BERT", null, "2019-06", 22)))));

        assertEquals(List.of("2024-spring.md:7: digests disagree on the year of \"BERT\": 2024-01-31 here is used;"
                + " 2019-06 from library.json:22 is not. Correct the digest that is wrong (if 2024-01-31 is the day the"
                + " paper was discussed: a table's Date column is the paper's date, so name that column otherwise, such"
                + " as Discussed)."), warnings);
    }

    @Test
    void twoDaysOfOneYearAreADisagreementOnTheDate() {
        List<String> warnings = new ArrayList<>();
        only(new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("2024-01-01.txt", dated("Vlogger", LocalDate.of(2024, 1, 17), null, 1)),
                digest("2024-02-01.txt", dated("Vlogger", LocalDate.of(2024, 2, 1), null, 9)))));

        assertEquals(List.of("2024-01-01.txt:1: digests disagree on the date of \"Vlogger\": 2024-01-17 here is used;"
                + " 2024-02-01 from 2024-02-01.txt:9 is not. Correct the digest that is wrong."), warnings);
    }

    @Test
    void aYearAndAMorePreciseDateOfThatYearAgreeAndTheMonthIsKept() {
        List<String> warnings = new ArrayList<>();
        Paper paper = only(new PaperCatalog(warnings::add, m -> { }).build(List.of(
                digest("2024-01-01.bib", dated("Vlogger", null, "2024", 1)),
                digest("2024-02-01.ris", dated("Vlogger", null, "2024-01", 1)),
                digest("2024-03-01.json", dated("Vlogger", LocalDate.of(2024, 1, 17), null, 1)))));

        assertEquals("2024-01", paper.extra().get("year"), "the richer value wins");
        assertEquals(List.of(), warnings);
    }

    @Test
    void manyPapersWhoseDigestsDisagreeOnTheYearAreABoundedNumberOfWarningsThenACount() {
        List<String> warnings = new ArrayList<>();
        List<String> debug = new ArrayList<>();
        List<PaperEntry> old = new ArrayList<>();
        List<PaperEntry> newer = new ArrayList<>();
        for (int i = 1; i <= DigestException.LISTED + 10; i++) {
            old.add(dated("Paper " + i, null, "2017", i));
            newer.add(dated("Paper " + i, null, "2018", i));
        }

        new PaperCatalog(warnings::add, debug::add).build(List.of(digest("2024-01-01.bib", old.toArray(PaperEntry[]::new)),
                digest("2024-02-01.csv", newer.toArray(PaperEntry[]::new))));

        assertEquals(DigestException.LISTED + 1, warnings.size());
        assertTrue(warnings.get(0).startsWith("2024-01-01.bib:1: digests disagree on the year of \"Paper 1\""),
                warnings.get(0));
        assertEquals("and 10 more papers whose digests disagree on the year (the debug log names each)",
                warnings.get(DigestException.LISTED));
        assertEquals(10, debug.stream().filter(m -> m.contains("disagree on the year")).count(), debug::toString);
    }

    /** A paper as a digest dates it: a publication date, or a year ("2017", "2024-01") as reference managers give it. */
    private static PaperEntry dated(String title, LocalDate published, String year, int line) {
        TreeMap<String, String> extra = new TreeMap<>();
        if (year != null) {
            extra.put("year", year);
        }
        return new PaperEntry(title, "Abstract of " + title + ".", false, Optional.empty(), Optional.empty(),
                List.of("Ann Lee"), io.github.paperdigest.model.LiteralAuthors.NONE, Optional.ofNullable(published),
                Optional.empty(), List.of(), List.of(), Optional.empty(), extra, "", "", line);
    }

    /** An entry without an identifier, of a year, by authors. */
    private static PaperEntry authoredIn(String title, String year, int line, String... authors) {
        return new PaperEntry(title, "Abstract of " + title + ".", false, Optional.empty(), List.of(authors),
                Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(Map.of("year", year)), "", line);
    }

    private static PaperEntry identified(String title, String arxivId, String doi, List<String> authors, int line) {
        return new PaperEntry(title, "Abstract of " + title + ".", false, Optional.ofNullable(arxivId),
                Optional.ofNullable(doi), authors, io.github.paperdigest.model.LiteralAuthors.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), new TreeMap<>(), "", "", line);
    }

    private static Paper only(Corpus corpus) {
        assertEquals(1, corpus.papers().size(), () -> corpus.papers().stream().map(Paper::title).toList().toString());
        return corpus.papers().get(0);
    }

    private static String slugOf(Corpus corpus, String title) {
        Function<Paper, String> slug = Paper::slug;
        return corpus.papers().stream().filter(p -> p.title().equals(title)).map(slug).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled " + title));
    }

    @Test
    void oneArxivIdGivenToTwoPapersWithOtherTitlesAndNoAuthorInCommonFailsAStrictBuildNamingBoth() {
        DigestFile markdown = digest("2025-01-01-a.md", authored("Vlogger: Make Your Dream A Vlog", "2401.09414", 5,
                "Shaobin Zhuang", "Kunchang Li"));
        DigestFile bibtex = digest("2025-01-02-b.bib", authored("Protein Folding with Graph Neural Networks",
                "2401.09414", 3, "Alice Smith", "Bob Jones"));

        DigestException e = assertThrows(DigestException.class, () -> new PaperCatalog(w -> { })
                .build(List.of(markdown, bibtex), List.of(), true));

        assertEquals("2025-01-02-b.bib:3: arXiv id 2401.09414 is also given to \"Vlogger: Make Your Dream A Vlog\""
                + " (2025-01-01-a.md:5), a different paper: their titles differ and they have no author in common."
                + " Correct the identifier where it is wrong", e.getMessage());
    }

    @Test
    void aLenientBuildLeavesTheLaterEntryOutSayingWhy() {
        List<String> warnings = new ArrayList<>();
        Corpus corpus = new PaperCatalog(warnings::add, w -> { }).build(List.of(
                digest("2025-01-01-a.md", authored("Vlogger: Make Your Dream A Vlog", "2401.09414", 5, "Shaobin Zhuang")),
                digest("2025-01-02-b.bib", authored("Protein Folding with Graph Neural Networks", "2401.09414", 3,
                        "Alice Smith"))), List.of(), false);

        assertEquals(List.of("Vlogger: Make Your Dream A Vlog"), corpus.papers().stream().map(Paper::title).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("; this entry is left out"), warnings.get(0));
    }

    @Test
    void theSamePaperUnderAShortNameOrWithoutAuthorsIsStillOnePaper() {
        List<String> warnings = new ArrayList<>();
        Corpus corpus = new PaperCatalog(warnings::add, w -> { }).build(List.of(
                digest("2025-01-01-a.md", authored("BERT: Pre-training of Deep Bidirectional Transformers", "1810.04805", 5,
                        "Jacob Devlin", "Ming-Wei Chang")),
                digest("2025-01-02-b.csv", authored("BERT", "1810.04805", 2)),
                digest("2025-01-03-c.bib", authored("BERT: pre-training of deep bidirectional transformers for language"
                        + " understanding", "1810.04805", 9, "Devlin, Jacob"))), List.of(), true);

        assertEquals(1, corpus.papers().size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anIdGivenToATitleThatSharesNoWordWithThePapersIsOnePaperWithAWarning() {
        // without authors on one side, nothing says they are two: taken as one, and said
        List<String> warnings = new ArrayList<>();
        Corpus corpus = new PaperCatalog(warnings::add, w -> { }).build(List.of(
                digest("2025-01-01-a.md", authored("Deep Residual Learning for Image Recognition", "1512.03385", 5,
                        "Kaiming He")),
                digest("2025-01-02-b.csv", authored("A Survey of Bananas", "1512.03385", 2))), List.of(), true);

        assertEquals(1, corpus.papers().size());
        assertEquals(List.of("2025-01-02-b.csv:2: arXiv id 1512.03385 is also given to \"Deep Residual Learning for Image"
                + " Recognition\" (2025-01-01-a.md:5), whose title shares no word with \"A Survey of Bananas\": taken as"
                + " one paper. If they are two, correct the identifier where it is wrong"), warnings);
    }

    private static PaperEntry authored(String title, String arxivId, int line, String... authors) {
        return new PaperEntry(title, "Abstract of " + title + ".", false, Optional.of(arxivId), List.of(authors),
                Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(), "", line);
    }

    private static DigestFile digest(String name, PaperEntry... entries) {
        return new DigestFile(name, "text", Optional.empty(), DigestDates.inText(name), Optional.empty(), "", List.of(),
                Arrays.asList(entries));
    }

    private static PaperEntry entry(String title) {
        return PaperEntry.of(title, "An abstract of " + title + ".", List.of(), 1);
    }

    private static PaperEntry entry(String title, String abstractText, boolean truncated, List<String> tags) {
        return new PaperEntry(title, abstractText, truncated, Optional.empty(), List.of(), Optional.empty(), List.of(),
                tags, Optional.empty(), new TreeMap<>(), "", 1);
    }

    private static PaperEntry keeping(PaperEntry e, String... keptCase) {
        return new PaperEntry(e.title(), e.abstractText(), e.abstractTruncated(), e.arxivId(), e.doi(), e.authors(),
                e.literalAuthors(), e.published(), e.venue(), e.links(), e.tags(), e.upvotes(), e.extra(), e.noteHtml(),
                e.section(), e.line(), e.noteNames(), new java.util.TreeSet<>(List.of(keptCase)));
    }

    private static PaperEntry arxivEntry(String title, String arxivId) {
        return new PaperEntry(title, "Abstract.", false, Optional.of(arxivId), List.of(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), new TreeMap<>(), "", 1);
    }
}
