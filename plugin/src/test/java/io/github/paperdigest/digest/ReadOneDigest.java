package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A digest written to a folder and read by the reader its name chooses, where any warning fails the test. */
final class ReadOneDigest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    private ReadOneDigest() {
    }

    /** The digest, read with what {@code problems} does with its warnings and errors. */
    static DigestFile digest(Path dir, String name, String text, DigestProblems problems) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source, problems);
    }

    /** The one paper of a digest that must hold exactly one, read without a warning. */
    static PaperEntry onlyPaper(Path dir, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        DigestSource source = new DigestSource(name, file);
        List<PaperEntry> entries = FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> {
            throw new AssertionError(w.getMessage());
        })).entries();
        assertEquals(1, entries.size());
        return entries.get(0);
    }
}
