package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SharedModels;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild takes each paper's part of the whole site's files (its BibTeX entry, its object of papers.json) from what
 * the last build made where nothing it is made from changed, and makes it again where anything did, or where what was
 * kept cannot be trusted: the site is the bytes of a full build either way.
 */
class WholeSiteFragmentsTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();

    private void build(Path digests, Path out) {
        new SiteBuilder(new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {
                debug.add(message);
            }
        }, SharedModels.INSTANCE).build(BuildConfig.builder(digests, out).baseUrl("https://example.org/papers/").build());
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
     * Builds a site, then gives its digest another title: the export is made again, and every paper's object is what
     * it was.
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
    void aRebuildTakesUpTheLastBuildsPartsAndWritesTheBytesOfAFullBuild() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        debug.clear();

        build(digests, out);

        assertSameFiles(fullBuild(digests, "full"), out);
        assertTrue(Files.isRegularFile(out.resolveSibling(".papers.fragments")));
        assertTrue(debug.stream().anyMatch(d -> d.matches("Papers' parts of the whole site's files: [1-9]\\d* from the"
                + " last build, [1-9]\\d* made")), debug.toString());
    }

    @Test
    void anExportEditedSinceTheLastBuildIsNotTakenUp() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        // the same length, other bytes inside the papers' objects: the memo's places still fall inside the file
        Path export = out.resolve("papers.json");
        String edited = Files.readString(export).replace("consistent characters", "CONSISTENT CHARACTERS");
        Files.delete(export); // the kept file is a link the previous site shares
        Files.writeString(export, edited);

        build(digests, out);

        assertSameFiles(fullBuild(digests, "full"), out);
    }

    @Test
    void anExportCutShortSinceTheLastBuildIsNotTakenUp() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        Path export = out.resolve("papers.json");
        byte[] bytes = Files.readAllBytes(export);
        Files.delete(export);
        Files.write(export, Arrays.copyOf(bytes, bytes.length / 3));

        build(digests, out);

        assertSameFiles(fullBuild(digests, "full"), out);
    }

    @Test
    void aDamagedMemoOfThePartsIsReportedAndIgnored() throws IOException {
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        Path memo = out.resolveSibling(".papers.fragments");
        byte[] bytes = Files.readAllBytes(memo);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(memo, bytes);

        build(digests, out);

        assertTrue(warnings.stream().anyMatch(w -> w.contains("damaged") && w.contains(".papers.fragments")),
                warnings.toString());
        assertSameFiles(fullBuild(digests, "full"), out);
    }

    @Test
    void aMemoOfAnotherSitesExportTakesNothingUpFromThisOne() throws IOException {
        // the memo of one site beside another's export: keys that match name places of another file, whose bytes
        // there are not the bytes they were kept with
        Path out = temp.resolve("site/papers");
        Path digests = firstSiteThenADigestRetitled(out);
        Path other = temp.resolve("other/papers");
        build(digest("2025-01-02.txt", "Daily Papers — January 2, 2025", "Alpha Video Paper", "Beta Video Paper",
                "Gamma Diffusion Paper", "Zeta Paper"), other);
        digest("2025-01-02.txt", "Daily Papers — January 2, 2025, morning", PAPERS);
        Files.copy(other.resolveSibling(".papers.fragments"), out.resolveSibling(".papers.fragments"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        build(digests, out);

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
