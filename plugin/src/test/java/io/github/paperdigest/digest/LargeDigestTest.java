package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB digest is read through, line by line, without a hang; its every paper is found. */
class LargeDigestTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final String ABSTRACT = "We propose a method for long video generation with temporal attention and"
            + " evaluate it on a benchmark of one thousand prompts, showing gains in consistency and motion quality"
            + " over strong baselines while keeping inference cost low. ";

    @Test
    void aFiftyMegabytePlainTextDigestIsReadCompletely(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.txt");
        int papers = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Daily Papers\n\n");
            while (Files.size(file) < FIFTY_MB || papers == 0) {
                for (int i = 0; i < 1000; i++, papers++) {
                    w.write("Paper number " + papers + ": scaling video models\n\n" + ABSTRACT.repeat(3) + "\n\n");
                }
                w.flush();
            }
        }
        int expected = papers;
        DigestFile digest = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new PlainTextDigestReader(
                new LinkFinder(), new LinkClassifier()).read(new DigestSource("big.txt", file), DigestProblems.strict(w -> { })));
        assertEquals(expected, digest.entries().size());
        assertTrue(Files.size(file) >= FIFTY_MB);
    }

    /**
     * A script that writes a .bib file may leave out one comma in each of its entries: read leniently, each entry's
     * problem names the line the comma is missing at, found in that entry alone. Found by searching every entry for
     * each problem, 100,000 of them took time that grew as their square (80,000 took 25 s more).
     */
    @Test
    void aBibTexFileWithACommaMissingInEachOfItsEntriesIsReadInTimeThatGrowsAsItsEntries(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("script.bib");
        int entries = 100_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries; i++) {
                w.write("@article{k" + i + ",\n  title = {Paper " + i + "}\n  author = {Doe, Jane},\n  year = {2020}\n}\n\n");
            }
        }
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new BibTexDigestReader(new LinkFinder(),
                new LinkClassifier()).read(new DigestSource("script.bib", file),
                        DigestProblems.lenient(w -> problems.add(w.getMessage()))));
        assertEquals(entries, problems.size());
        assertTrue(problems.get(1).contains("; is the comma after the field on line 8 missing?"), problems.get(1));
    }

    @Test
    void aFiftyMegabyteJsonLinesDigestIsReadCompletely(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.jsonl");
        int papers = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (Files.size(file) < FIFTY_MB) {
                for (int i = 0; i < 1000; i++, papers++) {
                    w.write("{\"id\": \"2401." + String.format("%05d", papers % 100000) + "v1\", \"title\": \"Paper "
                            + papers + "\", \"abstract\": \"" + ABSTRACT.repeat(3) + "\", \"categories\": \"cs.CV\"}\n");
                }
                w.flush();
            }
        }
        int expected = papers;
        DigestFile digest = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ArxivJsonLinesDigestReader(
                new LinkFinder(), new LinkClassifier()).read(new DigestSource("big.jsonl", file), DigestProblems.strict(w -> { })));
        assertEquals(expected, digest.entries().size());
    }
}
