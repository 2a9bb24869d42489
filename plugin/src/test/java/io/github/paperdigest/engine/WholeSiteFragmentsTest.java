package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild takes each paper's BibTeX entry, which the whole site's BibTeX file has, from what the last build made where
 * its citation did not change, and makes it again where it did, or where what was kept cannot be trusted: the site is
 * the bytes of a full build either way.
 */
class WholeSiteFragmentsTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    @TempDir
    Path temp;

    private Logged log = new Logged();

    private void build(Path digests, Path out) {
        new SiteBuilder(log, SharedModels.INSTANCE).build(BuildConfig.builder(digests, out)
                .baseUrl("https://example.org/papers/").build());
    }

    private Path digest(String name, String heading, String... titles) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("digests"));
        StringBuilder text = new StringBuilder(heading + "\n\n");
        for (String title : titles) {
            text.append(title).append("\n\n").append(ABSTRACT).append(" About ").append(title)
                    .append(", with “quotes” and a formula $\\alpha$.\n\n");
        }
        Files.writeString(dir.resolve(name), text);
        return dir;
    }

    /** The site built by one build of the digests as they are now, in a folder of its own. */
    private Path fullBuild(Path digests, String name) {
        Path out = temp.resolve(name + "/papers");
        build(digests, out);
        return out;
    }

    /**
     * Builds a site, then gives its digest another title: the whole site's BibTeX file is made again, and every
     * paper's entry is what it was.
     */
    private Path firstSiteThenADigestRetitled(Path out) throws IOException {
        Path digests = digest("2025-01-02.txt", "Daily Papers — January 2, 2025", PAPERS);
        build(digests, out);
        return digest("2025-01-02.txt", "Daily Papers — January 2, 2025, morning", PAPERS);
    }

    private static final String[] PAPERS = {"Alpha Video Paper", "Beta Video Paper", "Gamma Diffusion Paper"};

    @Test
    void aRebuildAfterADigestAddsPapersWritesTheBytesOfAFullBuild() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = digest("2025-01-02.txt", "Daily Papers", PAPERS);
        build(digests, out);
        digest("2025-01-03.txt", "Daily Papers", "Delta Video Paper", "Epsilon Diffusion Paper");

        build(digests, out);

        assertSameFiles(fullBuild(digests, "full"), out);
    }

    @Test
    void aRebuildTakesUpTheLastBuildsEntriesAndWritesTheBytesOfAFullBuild() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        log = new Logged();

        build(digests, out);

        assertSameFiles(fullBuild(digests, "full"), out);
        assertTrue(Files.isRegularFile(out.resolveSibling(".papers.fragments")));
        assertTrue(log.told("Papers' fragments (BibTeX entries, search words): 4 from the last build, 0 made"), log.debugs.toString());
    }

    @Test
    void aDamagedMemoOfTheEntriesIsReportedAndIgnored() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        Path memo = out.resolveSibling(".papers.fragments");
        byte[] bytes = Files.readAllBytes(memo);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(memo, bytes);

        build(digests, out);

        assertTrue(log.warnings.stream().anyMatch(w -> w.contains("damaged") && w.contains(".papers.fragments")),
                log.toString());
        assertSameFiles(fullBuild(digests, "full"), out);
    }

    /**
     * Twenty papers' titles, of more than one of the files the papers' scripts are in (16 papers a file), so that a
     * change to one paper leaves some files, and the entries in them, as they were.
     */
    private static String[] titles(String topic) {
        String[] titles = new String[20];
        for (int i = 0; i < titles.length; i++) {
            titles[i] = topic + " Paper Number " + (i + 1);
        }
        return titles;
    }

    /** A digest again, one paper's abstract given another sentence: its page is made again, and few others. */
    private static void aPapersTextChangedIn(Path file, String title) throws IOException {
        String text = Files.readString(file);
        int abstractEnd = text.indexOf(".\n\n", text.indexOf("About " + title));
        Files.writeString(file, text.substring(0, abstractEnd) + ". A second sentence, added later" + text.substring(abstractEnd));
    }

    @Test
    void aBuildThatMakesFewFilesKeepsEveryPapersEntryForTheNextBuild() throws IOException {
        Path out = temp.resolve("site/papers");
        digest("2025-01-02.txt", "Daily Papers", titles("Diffusion"));
        Path digests = digest("2025-01-03.txt", "Daily Papers", titles("Video"));
        build(digests, out);
        aPapersTextChangedIn(digests.resolve("2025-01-03.txt"), "Video Paper Number 7");
        build(digests, out);
        digest("2025-01-04.txt", "Daily Papers", "Delta Video Paper", "Epsilon Diffusion Paper");
        log = new Logged();

        build(digests, out);

        // the whole site's BibTeX file is made again, and only the new papers' entries with it
        assertTrue(log.told("Papers' fragments (BibTeX entries, search words): 41 from the last build, 3 made,"), log.debugs.toString());
        assertSameFiles(fullBuild(digests, "full"), out);
    }

    /**
     * A build that does not make the search index again (only an old address led to a paper) keeps the papers' words,
     * so that the next build, which does, splits only its new papers' texts into words (found in review).
     */
    @Test
    void aBuildThatDoesNotMakeTheSearchIndexKeepsThePapersWords() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = digest("2025-01-02.txt", "Daily Papers", titles("Diffusion"));
        digest("2025-01-03.txt", "Daily Papers", titles("Video"));
        build(digests, out);
        Files.writeString(digests.resolve("moved.yml"), "paper/difusion-paper-number-1.html: paper/diffusion-paper-number-1.html\n");
        build(digests, out);
        digest("2025-01-04.txt", "Daily Papers", "Delta Video Paper", "Epsilon Diffusion Paper");
        log = new Logged();

        build(digests, out);

        // the 40 papers' entries and their words recalled; the 2 new papers' entries and the 42 papers' words made
        assertTrue(log.told("Papers' fragments (BibTeX entries, search words): 41 from the last build, 3 made,"),
                log.debugs.toString());
        assertSameFiles(fullBuild(digests, "full"), out);
    }

    @Test
    void theEntriesOfPapersThatLeftAreNotKept() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = digest("2025-01-02.txt", "Daily Papers", titles("Diffusion"));
        digest("2025-01-03.txt", "Daily Papers", "Delta Video Paper", "Epsilon Diffusion Paper");
        build(digests, out);
        Path gone = Files.move(digests.resolve("2025-01-03.txt"), temp.resolve("2025-01-03.txt"));
        build(digests, out);
        aPapersTextChangedIn(digests.resolve("2025-01-02.txt"), "Diffusion Paper Number 3");
        build(digests, out); // a build of few files keeps the current papers' entries, and no others
        Files.move(gone, digests.resolve("2025-01-03.txt"));
        log = new Logged();

        build(digests, out);

        assertTrue(log.told("Papers' fragments (BibTeX entries, search words): 21 from the last build, 3 made,"), log.debugs.toString());
        assertSameFiles(fullBuild(digests, "full"), out);
    }

    private static void assertSameFiles(Path expected, Path actual) {
        Map<String, byte[]> want = SiteFiles.all(expected);
        Map<String, byte[]> got = SiteFiles.all(actual);
        assertEquals(new TreeSet<>(want.keySet()), new TreeSet<>(got.keySet()));
        for (String file : new TreeSet<>(want.keySet())) {
            assertTrue(Arrays.equals(want.get(file), got.get(file)), file + " differs: "
                    + (file.endsWith(".json") || file.endsWith(".bib") ? new String(got.get(file), StandardCharsets.UTF_8) : ""));
        }
    }
}
