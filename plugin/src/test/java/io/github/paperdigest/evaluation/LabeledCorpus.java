package io.github.paperdigest.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paperdigest.digest.ArxivJsonLinesDigestReader;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.digest.PaperCatalog;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * arXiv records whose categories someone else assigned (shared/data/arxiv-labeled, kept outside the
 * repository). The categories are removed before the plugin sees the records and kept aside as the
 * labels to compare with.
 */
public record LabeledCorpus(Corpus corpus, Map<PaperId, String> primaryCategory, Map<PaperId, List<String>> categories) {

    /**
     * Where the corpus is: -DpaperDigest.evaluationCorpus, else shared/ beside the repository. Empty when it is
     * not there, so that the tests are skipped on a developer's machine; when CI is set, a missing corpus fails
     * them instead, since a CI run that skipped the evaluation would say nothing of the quality it checks.
     */
    public static Optional<Path> location() {
        String configured = System.getProperty("paperDigest.evaluationCorpus");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured)
                : SiteFiles.projectRoot().resolveSibling("shared").resolve("data/arxiv-labeled");
        if (Files.isDirectory(path)) {
            return Optional.of(path);
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            throw new IllegalStateException("CI is set, so the evaluation must run, but the labelled corpus is not at "
                    + path.toAbsolutePath() + "; give its folder with -DpaperDigest.evaluationCorpus=<folder>");
        }
        return Optional.empty();
    }

    /**
     * The corpus's folder. Missing, the calling test is skipped with a message, except on CI (the environment
     * variable {@code CI} set), where a missing corpus fails the test: an evaluation that silently does not run
     * proves nothing.
     */
    public static Path require() {
        Optional<Path> found = location();
        String message = "labelled corpus not found beside the repository (shared/data/arxiv-labeled);"
                + " set -DpaperDigest.evaluationCorpus";
        if (found.isEmpty() && System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.fail(message + " (CI is set, so the evaluation may not be skipped)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(), message);
        return found.get();
    }

    public static LabeledCorpus load(Path folder, Path work) {
        ObjectMapper json = new ObjectMapper();
        Map<PaperId, String> primary = new HashMap<>();
        Map<PaperId, List<String>> all = new HashMap<>();
        List<DigestFile> files = new ArrayList<>();
        ArxivJsonLinesDigestReader reader = new ArxivJsonLinesDigestReader(new LinkFinder(), new LinkClassifier());
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> stripped = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    ObjectNode record = (ObjectNode) json.readTree(line);
                    List<String> cats = new ArrayList<>();
                    record.path("categories").forEach(c -> {
                        if (c.asText().matches("[a-z-]+(\\.[A-Za-z-]+)?")) {
                            cats.add(c.asText());
                        }
                    });
                    PaperId id = PaperId.ofArxiv(record.get("id").asText());
                    if (!cats.isEmpty()) {
                        primary.putIfAbsent(id, cats.get(0));
                        all.putIfAbsent(id, cats);
                    }
                    record.remove("categories"); // hidden from the method
                    stripped.add(json.writeValueAsString(record));
                }
                Path copy = work.resolve(file.getFileName());
                Files.write(copy, stripped, StandardCharsets.UTF_8);
                files.add(reader.read(new DigestSource(copy.getFileName().toString(), copy),
                        DigestProblems.lenient(w -> { })));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Corpus corpus = new PaperCatalog(m -> { }).build(files);
        return new LabeledCorpus(corpus, primary, all);
    }

    static String unused(JsonNode n) {
        return n.asText();
    }
}
