package io.github.paperdigest;

import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.digest.PlainTextDigestReader;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The example project's seed digest and the plugin's built-in vocabulary, for tests. */
public final class SeedDigest {

    public static final String NAME = "000_ac72b9b54d05ed1c.txt";
    public static final int PAPERS = 89;

    private SeedDigest() {
    }

    /** The example project's digest folder (the build passes the project root as a system property). */
    public static Path folder() {
        Path root = Path.of(System.getProperty("paperDigest.projectRoot", ".."));
        Path folder = root.resolve("example-project/src/digests");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("cannot find the example project's digests at " + folder.toAbsolutePath());
        }
        return folder;
    }

    public static Path file() {
        return folder().resolve(NAME);
    }

    public static List<String> lines() {
        try {
            return Files.readAllLines(file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DigestFile read() {
        return new PlainTextDigestReader(new LinkFinder(), new LinkClassifier())
                .read(new DigestSource(NAME, file()), DigestProblems.strict(warning -> { }));
    }

    public static Corpus corpus() {
        return new PaperCatalog(message -> { }).build(List.of(read()));
    }

    /** The text of the plugin's built-in vocabulary.yml. */
    public static String builtInVocabulary() {
        try (InputStream in = SeedDigest.class.getResourceAsStream("/io/github/paperdigest/taxonomy/vocabulary.yml")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.yml is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
