package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.PropertyCheck;
import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds as a property: whatever the edits (papers added, changed and removed, a written tag changed,
 * the taxonomy changed, a digest added or removed, a paper whose title gives another's slug, so that the two share
 * its address), a rebuild of the edited digests over the previous site gives
 * the very bytes a full build into an empty folder gives. Each try draws a corpus and rounds of edits from its
 * seed (see {@link PropertyCheck}: a failure prints the seed that replays it); the tries and the time of each are
 * bounded. Edited files get times a second apart, in the past, as a person's edits have: so the rebuilds trust the
 * stamps of the files that did not change, and read only those that did.
 */
class IncrementalIdentityTest {

    private static final String[] TOPICS = {"video generation with diffusion models",
        "video question answering with large language models", "action recognition in egocentric video",
        "a benchmark for long video understanding", "text-to-video retrieval with contrastive learning",
        "talking head synthesis from audio", "video captioning with dense events", "3D reconstruction from video"};
    /**
     * What makes a title long enough that two titles which differ only after it give one slug (see
     * {@code Slugs.MAX_LENGTH}): the papers share an address, which then lists them.
     */
    private static final String LONG_TAIL = " across frames, clips, scenes and whole films, measured on every benchmark"
            + " we know of";
    private static final String[] WORDS = {"temporal", "memory", "frames", "tokens", "motion", "consistency",
        "efficient", "attention", "dataset", "evaluation", "camera", "scene", "objects", "audio", "streaming"};

    @TempDir
    Path temp;

    /** A paper as a digest lists it; {@code tags} are written only in the Markdown digest. */
    record Paper(String title, String summary, String tags) {
    }

    /** One edit, its numbers drawn before it is applied (applied modulo what there is then). */
    record Edit(Kind kind, int digest, int position, Paper paper) {
        @Override
        public String toString() {
            return kind + "@" + digest + "/" + position;
        }
    }

    /** {@code ADD_NAMESAKE}: a paper whose title agrees with another's up to the slug's length, so they share it. */
    enum Kind { ADD_PAPER, CHANGE_ABSTRACT, REMOVE_PAPER, CHANGE_TAG, CHANGE_TAXONOMY, CHANGE_TITLE, ADD_DIGEST,
        REMOVE_DIGEST, ADD_NAMESAKE }

    /** A corpus of digests, the first of them Markdown with written tags, and rounds of edits to it. */
    record Story(List<List<Paper>> digests, List<List<Edit>> rounds) {
        @Override
        public String toString() {
            return digests.stream().map(d -> String.valueOf(d.size())).collect(Collectors.joining("+", "papers ", ""))
                    + ", rounds " + rounds;
        }
    }

    /** How the site is indexed: the similarity chosen, and whether the taxonomy declares the hubs. */
    private record Setting(String similarity, boolean declaredHubs) {
    }

    @Test
    void everyRebuildAfterRandomEditsIsByteForByteAFullBuild() {
        checkRebuilds(new Setting("semantic", true));
    }

    /**
     * With lexical similarity and no hubs declared, the hubs are formed from the settled papers' own tags, which the
     * memo keeps from one build to the next: a rebuild that takes them from there gives the hubs a full build forms.
     */
    @Test
    void everyLexicalRebuildWithHubsFoundInThePapersIsByteForByteAFullBuild() {
        checkRebuilds(new Setting("lexical", false));
    }

    /**
     * A digest that does not take the archive to its next step leaves the settled papers as they were: the rebuild
     * takes the hubs the last build formed from their tags instead of tagging them again, and still gives the bytes of
     * a full build, which forms them.
     */
    @Test
    void aLexicalRebuildAfterADigestThatLeavesTheSettledPapersTakesTheHubsTheLastBuildFormed() {
        Random r = new Random(12);
        // 10 papers, a step of the ladder: all of them settled, and still the same 10 with an 11th
        Story story = new Story(List.of(papers(r, 8), papers(r, 2)),
                List.of(List.of(new Edit(Kind.ADD_DIGEST, 0, 0, paper(r)))));
        Outcome outcome = play(story, temp.resolve("next-digest"), new Setting("lexical", false));
        assertEquals(1, outcome.hubsTaken(), "the rebuild takes the hubs the last build formed");
    }

    /**
     * A paper note's pages depend on a file besides its own: the note each of its wikilinks names. Renaming that note,
     * giving it the old name as an alias, and removing it, each rebuilds the page of the note that links to it, which
     * did not change and whose reading is recalled, as a full build makes it: a link to the paper's page, or text.
     */
    @Test
    void renamingOrRemovingTheNoteAWikilinkNamesRebuildsThePageThatLinksToItAsAFullBuild() throws IOException {
        Path digests = temp.resolve("vault/digests");
        Path notes = Files.createDirectories(digests.resolve("papers"));
        long[] clock = {System.currentTimeMillis() - Duration.ofHours(1).toMillis()};
        Function<String, String> bert = aliases -> """
                ---
                title: "BERT: Pre-training of Deep Bidirectional Transformers"
                arxiv: 1810.04805
                aliases: [%s]
                ---

                We introduce a new language representation model called BERT.
                """.formatted(aliases);
        BiConsumer<String, String> write = (name, text) -> {
            try {
                Path file = Files.writeString(notes.resolve(name), text);
                clock[0] += 1000;
                Files.setLastModifiedTime(file, FileTime.fromMillis(clock[0]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        write.accept("Attention Is All You Need.md", """
                ---
                title: Attention Is All You Need
                arxiv: 1706.03762
                ---

                The model [[BERT]] builds on.
                """);
        write.accept("BERT.md", bert.apply(""));
        Path incremental = temp.resolve("vault/incremental/papers");
        buildNotes(digests, incremental);
        assertEquals(List.of("bert-pre-training-of-deep-bidirectional-transformers.html"), noteLinks(incremental));

        List<Runnable> edits = List.of(
                () -> move(notes.resolve("BERT.md"), notes.resolve("Devlin 2019.md")),
                () -> write.accept("Devlin 2019.md", bert.apply("bert")),
                () -> delete(notes.resolve("Devlin 2019.md")));
        List<List<String>> linked = List.of(List.of(), List.of("bert-pre-training-of-deep-bidirectional-transformers.html"),
                List.of());
        for (int round = 0; round < edits.size(); round++) {
            edits.get(round).run();
            BuildResult rebuilt = buildNotes(digests, incremental);
            Path full = temp.resolve("vault/full-" + round + "/papers");
            buildNotes(digests, full);
            String when = "round " + round;
            assertSameFiles(full, incremental, when);
            assertEquals(linked.get(round), noteLinks(incremental), when);
            assertTrue(rebuilt.recalledReadings() > 0, when + ": the linking note is not read again");
        }
    }

    /**
     * A paper note's wikilink may name a paper by its whole title, the paper a library's .bib lists: the note's page
     * depends on that file too. The .bib gaining the paper, and losing it, each rebuilds the page of the note that
     * links to it as a full build makes it.
     */
    @Test
    void aBibGainingOrLosingThePaperAWikilinkNamesByTitleRebuildsThePageThatLinksToItAsAFullBuild() throws IOException {
        Path digests = temp.resolve("titled/digests");
        Path notes = Files.createDirectories(digests.resolve("papers"));
        long[] clock = {System.currentTimeMillis() - Duration.ofHours(1).toMillis()};
        BiConsumer<Path, String> write = (file, text) -> {
            try {
                Files.writeString(file, text);
                clock[0] += 1000;
                Files.setLastModifiedTime(file, FileTime.fromMillis(clock[0]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        write.accept(notes.resolve("Attention Is All You Need.md"), """
                ---
                title: Attention Is All You Need
                arxiv: 1706.03762
                ---

                The model [[BERT: Pre-training of Deep Bidirectional Transformers]] builds on.
                """);
        String other = """
                @article{he2016deep,
                  title = {Deep Residual Learning for Image Recognition},
                  author = {He, Kaiming},
                  eprint = {1512.03385},
                  year = {2016}
                }
                """;
        String bert = """
                @article{devlin2019bert,
                  title = {{BERT}: Pre-training of Deep Bidirectional Transformers},
                  author = {Devlin, Jacob},
                  eprint = {1810.04805},
                  year = {2019}
                }
                """;
        Path library = digests.resolve("library.bib");
        write.accept(library, other);
        Path incremental = temp.resolve("titled/incremental/papers");
        buildNotes(digests, incremental);
        assertEquals(List.of(), noteLinks(incremental));

        List<String> libraries = List.of(other + bert, other);
        List<List<String>> linked = List.of(List.of("bert-pre-training-of-deep-bidirectional-transformers.html"),
                List.of());
        for (int round = 0; round < libraries.size(); round++) {
            write.accept(library, libraries.get(round));
            buildNotes(digests, incremental);
            Path full = temp.resolve("titled/full-" + round + "/papers");
            buildNotes(digests, full);
            String when = "round " + round;
            assertSameFiles(full, incremental, when);
            assertEquals(linked.get(round), noteLinks(incremental), when);
        }
    }

    /**
     * Papers of one title come and go: a digest older than the site's first brings a namesake (the paper the site had
     * leaves the title's address, which lists both), a third comes, the older digest goes (the paper has the address
     * again). Each rebuild is the full build's bytes: the address's page, the papers' pages that moved, every page
     * that links to them, the feeds, the search index and the manifest.
     */
    @Test
    void aNamesakeArrivingAndLeavingRebuildsTheSharedAddressAsAFullBuild() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("namesakes/digests"));
        long[] clock = {System.currentTimeMillis() - Duration.ofHours(1).toMillis()};
        BiConsumer<String, String> write = (name, text) -> {
            try {
                Path file = Files.writeString(digests.resolve(name), text);
                clock[0] += 1000;
                Files.setLastModifiedTime(file, FileTime.fromMillis(clock[0]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        String vaswani = """
                @article{vaswani2017attention,
                  title = {Attention Is All You Need},
                  author = {Vaswani, Ashish and Shazeer, Noam},
                  eprint = {1706.03762},
                  abstract = {The dominant sequence transduction models are based on recurrent networks.},
                  year = {2017}
                }

                @article{devlin2019bert,
                  title = {BERT: Pre-training of Deep Bidirectional Transformers},
                  author = {Devlin, Jacob},
                  eprint = {1810.04805},
                  abstract = {We introduce a new language representation model called BERT.},
                  year = {2019}
                }
                """;
        String namesake = """
                @article{somebody2016attention,
                  title = {Attention Is All You Need},
                  author = {Somebody, Else},
                  doi = {10.9999/attention.2016},
                  abstract = {Attention to a task is all a learner needs, we argue.},
                  year = {2016}
                }
                """;
        String third = """

                @article{other2018attention,
                  title = {Attention is all you need!},
                  author = {Other, Anna},
                  doi = {10.9999/attention.2018},
                  abstract = {Yet another paper of this title.},
                  year = {2018}
                }
                """;
        write.accept("2025-03-01-reading-group.bib", vaswani);
        Path incremental = temp.resolve("namesakes/incremental/papers");
        buildNamesakes(digests, incremental);
        assertEquals("page-paper", kindOfAddress(incremental));

        List<Runnable> edits = List.of(
                () -> write.accept("2016-12-01-classics.bib", namesake),
                () -> write.accept("2016-12-01-classics.bib", namesake + third),
                () -> write.accept("2016-12-01-classics.bib", namesake.replace("a learner needs", "a reader needs")),
                () -> delete(digests.resolve("2016-12-01-classics.bib")));
        List<String> kinds = List.of("page-disambiguation", "page-disambiguation", "page-disambiguation", "page-paper");
        List<Integer> listed = List.of(2, 3, 2, 0);
        for (int round = 0; round < edits.size(); round++) {
            edits.get(round).run();
            buildNamesakes(digests, incremental);
            Path full = temp.resolve("namesakes/full-" + round + "/papers");
            buildNamesakes(digests, full);
            String when = "round " + round;
            assertSameFiles(full, incremental, when);
            assertEquals(kinds.get(round), kindOfAddress(incremental), when);
            assertEquals((int) listed.get(round), SiteFiles.parse(incremental, "paper/attention-is-all-you-need.html")
                    .select("main .paper-item").size(), when);
        }
    }

    /**
     * Works of one title without identifiers, told apart by their records, come and go: a book of the title an article
     * has, then its second record, then the book goes. Each rebuild is the full build's bytes, though the article's id
     * is its title's alone, then its title's with its author and year, then its title's again.
     */
    @Test
    void aNamesakeWithoutAnIdentifierArrivingAndLeavingRebuildsAsAFullBuild() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("works/digests"));
        long[] clock = {System.currentTimeMillis() - Duration.ofHours(1).toMillis()};
        BiConsumer<String, String> write = (name, text) -> {
            try {
                Path file = Files.writeString(digests.resolve(name), text);
                clock[0] += 1000;
                Files.setLastModifiedTime(file, FileTime.fromMillis(clock[0]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        write.accept("2025-03-01-articles.bib", """
                @article{lecun2015deep,
                  title = {Deep learning},
                  author = {LeCun, Yann and Bengio, Yoshua},
                  journal = {Nature},
                  year = {2015}
                }
                """);
        String book = """
                @book{goodfellow2016deep,
                  title = {Deep Learning},
                  author = {Goodfellow, Ian and Bengio, Yoshua},
                  publisher = {MIT Press},
                  year = {2016}
                }
                """;
        Path incremental = temp.resolve("works/incremental/papers");
        buildNamesakes(digests, incremental);
        List<Runnable> edits = List.of(
                () -> write.accept("2016-12-01-books.bib", book),
                () -> write.accept("2016-12-01-books.bib", book + "\n" + book.replace("goodfellow2016deep", "dl2016")
                        .replace("year = {2016}", "year = {2016}, note = {The second record}")),
                () -> delete(digests.resolve("2016-12-01-books.bib")));
        List<String> kinds = List.of("page-disambiguation", "page-disambiguation", "page-paper");
        for (int round = 0; round < edits.size(); round++) {
            edits.get(round).run();
            buildNamesakes(digests, incremental);
            Path full = temp.resolve("works/full-" + round + "/papers");
            buildNamesakes(digests, full);
            assertSameFiles(full, incremental, "round " + round);
            assertEquals(kinds.get(round), SiteFiles.parse(incremental, "paper/deep-learning.html").body().className(),
                    "round " + round);
        }
    }

    private static BuildResult buildNamesakes(Path digests, Path out) {
        return new SiteBuilder(new Logged(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out)
                .siteTitle("Namesakes").similarity("lexical").timestamp(Instant.parse("2026-11-25T00:00:00Z")).build());
    }

    /** The kind of page at the address the title "Attention Is All You Need" gives, by its body's class. */
    private static String kindOfAddress(Path site) {
        return SiteFiles.parse(site, "paper/attention-is-all-you-need.html").body().className();
    }

    private static BuildResult buildNotes(Path digests, Path out) {
        return new SiteBuilder(new Logged(), SharedModels.INSTANCE).build(BuildConfig.builder(digests, out)
                .siteTitle("Notes").similarity("lexical").timestamp(Instant.parse("2026-11-25T00:00:00Z")).build());
    }

    /** The addresses the note on the linking paper's page links to, besides its digest's page. */
    private static List<String> noteLinks(Path site) {
        try {
            return org.jsoup.Jsoup.parse(site.resolve("paper/attention-is-all-you-need.html").toFile(), "UTF-8")
                    .select("blockquote.note a[href]:not([href^=../digest/])").eachAttr("href");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Paper> papers(Random r, int count) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            papers.add(paper(r));
        }
        return papers;
    }

    private void checkRebuilds(Setting setting) {
        AtomicInteger kept = new AtomicInteger();
        AtomicInteger trusted = new AtomicInteger();
        AtomicInteger story = new AtomicInteger();
        AtomicInteger recalled = new AtomicInteger();
        AtomicInteger recalledReadings = new AtomicInteger();
        int tries = PropertyCheck.forAll("an incremental build is a full build", IncrementalIdentityTest::story)
                .tries(3).timeoutPerTry(Duration.ofSeconds(150))
                .check(s -> {
                    Outcome o = play(s, temp.resolve(setting.similarity() + "-story-" + story.incrementAndGet()), setting);
                    kept.addAndGet(o.kept());
                    trusted.addAndGet(o.trusted());
                    recalled.addAndGet(o.recalled());
                    recalledReadings.addAndGet(o.recalledReadings());
                });
        assertTrue(tries > 0);
        assertTrue(kept.get() > 0, "some files were kept without being made again");
        assertTrue(trusted.get() > 0, "the rebuilt sites stamp their digests, so that the next rebuild reads only those that changed");
        assertTrue(recalled.get() > 0, "the rebuilds recall the analyses of papers that did not change");
        assertTrue(recalledReadings.get() > 0, "the rebuilds recall the readings of digests that did not change");
    }

    /** @param hubsTaken rebuilds that took the hubs an earlier build formed from the settled papers' tags */
    private record Outcome(int kept, int trusted, int recalled, int recalledReadings, int hubsTaken) {
    }

    private static Story story(Random r) {
        List<List<Paper>> digests = new ArrayList<>();
        for (int d = 0, n = 2 + r.nextInt(2); d < n; d++) {
            digests.add(papers(r, 1 + r.nextInt(8)));
        }
        List<List<Edit>> rounds = new ArrayList<>();
        for (int round = 0, n = 2 + r.nextInt(3); round < n; round++) {
            List<Edit> edits = new ArrayList<>();
            for (int e = 0, m = 1 + r.nextInt(2); e < m; e++) {
                edits.add(new Edit(Kind.values()[r.nextInt(Kind.values().length)], r.nextInt(8), r.nextInt(16), paper(r)));
            }
            rounds.add(edits);
        }
        return new Story(digests, rounds);
    }

    private static Paper paper(Random r) {
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String tags = switch (r.nextInt(3)) {
            case 0 -> "";
            case 1 -> "reading-group";
            default -> "reading-group, surveys";
        };
        return new Paper("Paper " + r.nextInt(1000) + ": " + Character.toUpperCase(topic.charAt(0)) + topic.substring(1),
                summary(r), tags);
    }

    private static String summary(Random r) {
        StringBuilder text = new StringBuilder("We study " + TOPICS[r.nextInt(TOPICS.length)] + ".");
        for (int i = 0; i < 3; i++) {
            text.append(" Our method improves ").append(WORDS[r.nextInt(WORDS.length)]).append(' ')
                    .append(WORDS[r.nextInt(WORDS.length)]).append(" on ").append(TOPICS[r.nextInt(TOPICS.length)])
                    .append('.');
        }
        return text.toString();
    }

    /** Builds the story's site, then after each round of edits rebuilds it and compares with a full build. */
    private static Outcome play(Story story, Path root, Setting setting) {
        Corpus corpus = new Corpus(root.resolve("digests"), story.digests(), setting.declaredHubs());
        Path incremental = root.resolve("incremental/papers");
        corpus.write();
        build(corpus, incremental, setting);
        int kept = 0;
        int trusted = 0;
        int recalled = 0;
        int recalledReadings = 0;
        int hubsTaken = 0;
        int round = 0;
        for (List<Edit> edits : story.rounds()) {
            round++;
            edits.forEach(corpus::apply);
            corpus.write();
            Logged rebuildLog = new Logged();
            BuildResult rebuilt = build(corpus, incremental, setting, rebuildLog);
            Path full = root.resolve("full-" + round + "/papers");
            Logged fullLog = new Logged();
            BuildResult fresh = build(corpus, full, setting, fullLog);

            String when = "round " + round + " " + edits;
            assertSameFiles(full, incremental, when);
            assertTrue(rebuilt.madeFiles() <= fresh.madeFiles(), when);
            kept += fresh.madeFiles() - rebuilt.madeFiles();
            trusted += stamps(incremental);
            recalled += rebuilt.recalledAnalyses();
            recalledReadings += rebuilt.recalledReadings();
            assertEquals(0, fresh.recalledAnalyses() + fresh.recalledReadings(),
                    "a full build into an empty folder has no memo");
            if (formsHubsFromTags(setting)) {
                assertTrue(fullLog.told("(hubs formed from the settled papers' tags)"), when + ": " + fullLog.debugs);
                hubsTaken += rebuildLog.told("(hubs as an earlier build formed them") ? 1 : 0;
            }
        }
        return new Outcome(kept, trusted, recalled, recalledReadings, hubsTaken);
    }

    /** Whether the build's hubs are formed from the settled papers' own tags: lexical, with no hubs declared. */
    private static boolean formsHubsFromTags(Setting setting) {
        return setting.similarity().equals("lexical") && !setting.declaredHubs();
    }

    private static BuildResult build(Corpus corpus, Path out, Setting setting) {
        return build(corpus, out, setting, new Logged());
    }

    private static BuildResult build(Corpus corpus, Path out, Setting setting, Logged log) {
        return new SiteBuilder(log, SharedModels.INSTANCE).build(
                BuildConfig.builder(corpus.folder, out).siteTitle("Lab papers").similarity(setting.similarity())
                        .timestamp(Instant.parse("2026-11-25T00:00:00Z")).build());
    }

    /** The digests and taxonomy on disk, each file rewritten only when its text changed. */
    private static final class Corpus {
        private final Path folder;
        private final List<List<Paper>> digests;
        private final Map<String, String> written = new HashMap<>();
        /** A clock in the past, a second per edit: files older than the settling time, each edit a new time. */
        private long clock = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        private int hubVariant;
        private final boolean declaredHubs;

        Corpus(Path folder, List<List<Paper>> digests, boolean declaredHubs) {
            this.folder = folder;
            this.declaredHubs = declaredHubs;
            this.digests = new ArrayList<>();
            digests.forEach(d -> this.digests.add(new ArrayList<>(d)));
        }

        void apply(Edit e) {
            List<Paper> digest = digests.get(e.digest() % digests.size());
            int at = digest.isEmpty() ? 0 : e.position() % digest.size();
            switch (e.kind()) {
                case ADD_PAPER -> digest.add(Math.min(e.position(), digest.size()), e.paper());
                case REMOVE_PAPER -> {
                    if (digest.size() > 1) {
                        digest.remove(at);
                    }
                }
                case CHANGE_ABSTRACT -> digest.set(at, new Paper(digest.get(at).title(), e.paper().summary(),
                        digest.get(at).tags()));
                case CHANGE_TITLE -> digest.set(at, new Paper(digest.get(at).title() + " Revisited",
                        digest.get(at).summary(), digest.get(at).tags()));
                case CHANGE_TAG -> {
                    List<Paper> tagged = digests.get(0);
                    int i = e.position() % tagged.size();
                    tagged.set(i, new Paper(tagged.get(i).title(), tagged.get(i).summary(), e.paper().tags()));
                }
                case CHANGE_TAXONOMY -> hubVariant++;
                case ADD_DIGEST -> digests.add(new ArrayList<>(List.of(e.paper())));
                case ADD_NAMESAKE -> {
                    // in the Markdown digest, whose headings are titles of any length: the paper there takes the long
                    // title (its address then changes, as for any new title) and a paper of another take joins it
                    List<Paper> md = digests.get(0);
                    int i = e.position() % md.size();
                    Paper named = md.get(i);
                    String base = named.title().contains(LONG_TAIL)
                            ? named.title().substring(0, named.title().indexOf(LONG_TAIL)) : named.title();
                    if (!named.title().contains(LONG_TAIL)) {
                        md.set(i, new Paper(base + LONG_TAIL + ", take 1", named.summary(), named.tags()));
                    }
                    md.add(Math.min(e.position(), md.size()), new Paper(base + LONG_TAIL + ", take " + (2 + e.digest()),
                            e.paper().summary(), e.paper().tags()));
                }
                case REMOVE_DIGEST -> {
                    if (digests.size() > 2) {
                        digests.remove(digests.size() - 1);
                    }
                }
            }
        }

        /** Writes what changed and removes digests that went. */
        void write() {
            Map<String, String> files = new HashMap<>();
            files.put("2025-03-01-reading-group.md", markdown(digests.get(0)));
            for (int d = 1; d < digests.size(); d++) {
                files.put(String.format("2025-03-%02d.txt", d + 1), plainText(digests.get(d)));
            }
            files.put("taxonomy.yml", taxonomy());
            try {
                Files.createDirectories(folder);
                for (String gone : written.keySet().stream().filter(f -> !files.containsKey(f)).toList()) {
                    Files.delete(folder.resolve(gone));
                    written.remove(gone);
                }
                for (Map.Entry<String, String> f : new TreeSet<>(files.keySet()).stream()
                        .map(name -> Map.entry(name, files.get(name))).toList()) {
                    if (f.getValue().equals(written.get(f.getKey()))) {
                        continue;
                    }
                    Path file = folder.resolve(f.getKey());
                    Files.writeString(file, f.getValue());
                    clock += 1000;
                    Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
                    written.put(f.getKey(), f.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String markdown(List<Paper> papers) {
            StringBuilder md = new StringBuilder("---\ntitle: Reading group\ndate: 2025-03-01\n---\n\n");
            for (Paper p : papers) {
                md.append("## ").append(p.title()).append("\n\n");
                if (!p.tags().isEmpty()) {
                    md.append("- tags: ").append(p.tags()).append("\n\n");
                }
                md.append(p.summary()).append("\n\n");
            }
            return md.toString();
        }

        private static String plainText(List<Paper> papers) {
            StringBuilder text = new StringBuilder("Daily Papers\n\n");
            for (Paper p : papers) {
                text.append(p.title()).append("\n\n").append(p.summary()).append("\n\n");
            }
            return text.toString();
        }

        private String taxonomy() {
            String tags = """
                    tags:
                      - id: reading-group
                        label: %s
                    """.formatted(hubVariant % 3 == 2 ? "Reading club" : "Reading group");
            if (!declaredHubs) {
                return tags;
            }
            return tags + """
                    hubs:
                      - id: generation
                        name: Video generation
                        tags: [video-generation, diffusion-models%s]
                      - id: understanding
                        name: Video understanding
                        tags: [video-question-answering, action-recognition, video-captioning]
                    """.formatted(hubVariant % 2 == 0 ? "" : ", talking-head");
        }
    }

    private static void assertSameFiles(Path expected, Path actual, String when) {
        Map<String, byte[]> want = SiteFiles.all(expected);
        Map<String, byte[]> got = SiteFiles.all(actual);
        assertEquals(new TreeSet<>(want.keySet()), new TreeSet<>(got.keySet()), when);
        // the manifest last: a page or feed that differs says more than the manifest's hash of it
        for (String file : want.keySet().stream().sorted(Comparator.comparing((String f) -> f.startsWith("."))
                .thenComparing(Comparator.naturalOrder())).toList()) {
            assertTrue(Arrays.equals(want.get(file), got.get(file)), when + ": " + file + " differs");
        }
    }

    /** The input files the site's build stamped, kept beside the site: the next build trusts them. */
    private static int stamps(Path site) {
        try {
            return (int) Files.readAllLines(site.resolveSibling("." + site.getFileName() + ".stamps")).stream()
                    .filter(l -> !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
