package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests too big for memory are refused with the way out; repetition costs the memory of one paper. */
class DigestMemoryTest {

    private static final String ABSTRACT = "We study minute-long video generation with consistent characters and"
            + " release a benchmark of long prompts for evaluating such models on many scenes.";

    private final List<DigestReader> readers = List.of(new PlainTextDigestReader(new LinkFinder(), new LinkClassifier()));

    @Test
    void aDigestBiggerThanHalfTheMemoryIsRefusedBeforeReadingWithTheWayOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "Daily Papers\n\nA Paper\n\n" + ABSTRACT + "\n");
        DigestFolder folder = new DigestFolder(readers, w -> { }, 16);

        DigestException e = assertThrows(DigestException.class,
                () -> folder.read(folder.sources(dir), DigestProblems.strict(w -> { })));
        assertTrue(e.getMessage().startsWith("huge.txt: is 0 MB, more than half of the memory"), e.getMessage());
        assertTrue(e.getMessage().contains("MAVEN_OPTS=-Xmx"), e.getMessage());

        List<String> warnings = new ArrayList<>();
        assertEquals(List.of(), folder.read(folder.sources(dir), DigestProblems.lenient(w -> warnings.add(w.getMessage()))));
        assertEquals(1, warnings.size());
    }

    @Test
    void aPaperRepeatedWordForWordIsKeptOnceWhileItsVariantsAreAllKept(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("repeated.txt");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Daily Papers\n\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("The Same Paper\n\n" + ABSTRACT + "\n\n");
            }
            w.write("The Same Paper\n\n" + ABSTRACT + " With one more sentence in this copy.\n\n");
        }
        DigestFile digest = new PlainTextDigestReader(new LinkFinder(), new LinkClassifier())
                .read(new DigestSource("repeated.txt", file), DigestProblems.strict(w -> { }));
        assertEquals(2, digest.entries().size());
    }
}
