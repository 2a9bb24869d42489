package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Files are read in parallel, yet what the build says and does follows the order of the files. */
class DigestFolderOrderTest {

    private static final String ABSTRACT = "We study long video generation with consistent characters and release a"
            + " benchmark of long prompts for evaluating such models across many scenes and shots.";

    private static void digests(Path dir) throws IOException {
        for (int i = 0; i < 40; i++) {
            String broken = i == 7 || i == 23 ? "Orphan title " + i + "\n\nNext title " + i + "\n\n" + ABSTRACT + "\n\n" : "";
            Files.writeString(dir.resolve(String.format("2025-01-%02d.txt", i % 28 + 1) + "-" + i + ".txt"),
                    "Daily Papers\n\nFirst paper " + i + "\n\n" + ABSTRACT + "\n\n" + broken);
        }
    }

    @RepeatedTest(5)
    void theFirstBrokenFileInOrderIsTheOneNamed(@TempDir Path dir) throws IOException {
        digests(dir);
        DigestFolder folder = new DigestFolder(List.of(new PlainTextDigestReader(new LinkFinder(), new LinkClassifier())),
                w -> { });
        DigestException e = assertThrows(DigestException.class,
                () -> folder.read(folder.sources(dir), DigestProblems.strict(w -> { })));
        assertEquals(folder.sources(dir).stream().filter(s -> s.name().endsWith("-7.txt") || s.name().endsWith("-23.txt"))
                .findFirst().orElseThrow().name(), e.sourceName());
    }

    @RepeatedTest(5)
    void warningsAndDigestsComeInFileOrder(@TempDir Path dir) throws IOException {
        digests(dir);
        DigestFolder folder = new DigestFolder(List.of(new PlainTextDigestReader(new LinkFinder(), new LinkClassifier())),
                w -> { });
        List<String> warnings = new ArrayList<>();
        List<DigestSource> sources = folder.sources(dir);
        List<DigestFile> read = folder.read(sources, DigestProblems.lenient(w -> warnings.add(w.sourceName())));
        assertEquals(sources.stream().map(DigestSource::name).toList(), read.stream().map(DigestFile::sourceName).toList());
        assertEquals(sources.stream().map(DigestSource::name).filter(n -> n.endsWith("-7.txt") || n.endsWith("-23.txt"))
                .toList(), warnings);
    }
}
