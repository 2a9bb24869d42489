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
