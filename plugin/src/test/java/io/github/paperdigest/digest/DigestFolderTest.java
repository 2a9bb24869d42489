package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestFolderTest {

    private static final String DIGEST = "Title A\n\nWe study how to make long videos that keep their characters and"
            + " settings from one scene to the next. Our method is simple, and it runs on one graphics card.\n";

    private final List<String> warnings = new ArrayList<>();
    private final DigestFolder folder = new DigestFolder(
            List.of(new PlainTextDigestReader(new LinkFinder(), new LinkClassifier())), warnings::add);

    @TempDir
    Path dir;

    @Test
    void digestsAreFoundInSubFoldersAndListedInPathOrderWithSlashes() throws IOException {
        write("2024-02-01.txt", DIGEST);
        write("2023/2023-12-01.txt", DIGEST);
        write("2023/older/2023-01-01.txt", DIGEST);

        assertEquals(List.of("2023/2023-12-01.txt",
                        "2023/older/2023-01-01.txt", "2024-02-01.txt"),
                names(folder.sources(dir)));
    }

    /**
     * Only the taxonomy the build is set to read is read: a taxonomy.yaml beside the default taxonomy.yml, or a
     * taxonomy.yml in a sub-folder, was left out of the digests without a word, and its tags and hubs silently
     * missing. Each is now named in a warning saying which file is read and how to have this one read.
     */
    @Test
    void aTaxonomyFileTheBuildDoesNotReadIsNamedWithTheOneItReads() throws IOException {
        write("2024-02-01.txt", DIGEST);
        write("taxonomy.yml", "tags: []\n");
        write("taxonomy.yaml", "tags: []\n");
        write("2024/taxonomy.yml", "tags: []\n");

        List<DigestSource> found = folder.sources(dir, new io.github.paperdigest.files.FolderWalker(dir, false, true,
                warnings::add), java.util.Optional.of(dir.resolve("taxonomy.yml")));

        assertEquals(List.of("2024-02-01.txt"), names(found));
        String read = ": not read. The taxonomy is read from one file, taxonomy.yml in the digest folder (the taxonomy"
                + " parameter, by default taxonomy.yml at the root of the digest folder): move its tags and hubs there,"
                + " or name this file in the parameter.";
        assertEquals(List.of("2024/taxonomy.yml" + read, "taxonomy.yaml" + read), warnings);
        warnings.clear();
        folder.sources(dir, new io.github.paperdigest.files.FolderWalker(dir, false, true, warnings::add),
                java.util.Optional.of(dir.resolve("taxonomy.yaml")));
        assertEquals(List.of("2024/taxonomy.yml", "taxonomy.yml"),
                warnings.stream().map(w -> w.substring(0, w.indexOf(':'))).toList(), "the one set is read, silently");
    }

    @Test
    void aStrictBuildNamesEveryProblemOfEveryDigestAtOnce() throws IOException {
        String twoBroken = "A paper whose abstract is missing\n\n" + DIGEST
                + "\nAnother paper whose abstract is missing\n\nAnd a third one\n";
        write("2024-01-01.txt", twoBroken);
        write("2024-01-02.txt", DIGEST);
        write("2024-01-03.txt", twoBroken);

        DigestException failure = assertThrows(DigestException.class,
                () -> folder.read(folder.sources(dir), DigestProblems.strict(warning -> { })));

        List<DigestException> lenient = new ArrayList<>();
        folder.read(folder.sources(dir), DigestProblems.lenient(p -> lenient.add((DigestException) p.getCause())));
        assertTrue(lenient.size() >= 4, lenient.toString());
        // the first problem leads, as it did when a strict build stopped at it; then every one, in file order
        assertEquals(lenient.get(0).sourceName(), failure.sourceName());
        assertEquals(lenient.get(0).line(), failure.line());
        assertTrue(failure.getMessage().startsWith(lenient.get(0).getMessage()), failure.getMessage());
        List<String> listed = failure.getMessage().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertEquals(lenient.stream().map(DigestException::getMessage).toList(), listed);
    }

    @Test
    void aStrictFailureListsAtMostFiftyProblemsAndCountsTheRest() {
        List<DigestException> many = new ArrayList<>();
        for (int line = 1; line <= 60; line++) {
            many.add(new DigestException("export.bib", line, "no title"));
        }
        String message = DigestException.all(many).getMessage();
        assertEquals(DigestException.LISTED, message.lines().filter(l -> l.startsWith("  export.bib:")).count());
        assertTrue(message.contains("60 problems in all"), message);
        assertTrue(message.contains("and 10 more"), message);
    }

    @Test
    void hiddenFilesAndFilesInHiddenFoldersAreNotDigests() throws IOException {
        write(".draft.txt", DIGEST);
        write(".git/notes.txt", DIGEST);
        write("sub/.cache/old.txt", DIGEST);
        write("real.txt", DIGEST);

        assertEquals(List.of("real.txt"), names(folder.sources(dir)));
    }

    @Test
    void theTaxonomyFileIsNotADigest() throws IOException {
        write("taxonomy.yml", "tags: []\n");
        write("real.txt", DIGEST);

        List<DigestSource> sources = folder.sources(dir);
        assertEquals(List.of("real.txt"), names(sources));
        folder.read(sources, DigestProblems.strict(warning -> { }));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFolderInsideAHiddenDigestFolderIsStillRead() throws IOException {
        Path hiddenRoot = dir.resolve(".digests");
        Files.createDirectories(hiddenRoot);
        Files.writeString(hiddenRoot.resolve("a.txt"), DIGEST);

        assertEquals(List.of("a.txt"), names(folder.sources(hiddenRoot)));
    }

    @Test
    void filesOfAnUnknownFormatAreNamedInAWarningAndNotRead() throws IOException {
        write("notes.pdf", "%PDF-1.4");
        write("sub/README", "read me");
        write("real.txt", DIGEST);

        List<DigestFile> read = folder.read(folder.sources(dir), DigestProblems.strict(warning -> { }));

        assertEquals(List.of("real.txt"), read.stream().map(DigestFile::sourceName).toList());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("notes.pdf:")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("sub/README:")), warnings.toString());
    }

    @Test
    void aDigestWithoutPapersIsLeftOutWithAWarning() throws IOException {
        write("empty.txt", "Daily Papers\n\nSubscribe\n");
        write("real.txt", DIGEST);

        List<DigestFile> read = folder.read(folder.sources(dir), DigestProblems.strict(warning -> { }));

        assertEquals(List.of("real.txt"), read.stream().map(DigestFile::sourceName).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("empty.txt:"), warnings.get(0));
    }

    /**
     * A vault's notes of people and topics sit beside its paper notes and give no papers: one warning names them, not
     * one warning each. A Markdown file that links somewhere and gives no papers may be a digest read the wrong way,
     * and is said alone, as before.
     */
    @Test
    void aVaultsNotesWithoutPapersAreNamedInOneWarning() throws IOException {
        List<String> debug = new ArrayList<>();
        DigestFolder all = new DigestFolder(DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
                new io.github.paperdigest.markup.HtmlSanitizer()), warnings::add, debug::add);
        write("vault/papers/BERT.md", """
                ---
                title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
                arxiv: 1810.04805
                ---
                Read with [[Jacob Devlin]] in mind.
                """);
        for (String person : List.of("Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova")) {
            write("vault/people/" + person + ".md", "# " + person + "\n\nWorks on [[Language models]].\n");
        }
        write("vault/topics/Language models.md", "Pre-training, then fine-tuning.\n");
        write("vault/links.md", "# Reading\n\nSee https://example.org/reading for the schedule.\n");

        List<DigestFile> read = all.read(all.sources(dir), DigestProblems.strict(w -> warnings.add(w.getMessage())));

        assertEquals(1, read.size(), read.toString());
        assertEquals(List.of("vault/links.md: no papers found; the file is left out of the site",
                "vault/people/Jacob Devlin.md: a Markdown file without papers or web addresses, as a vault's notes of"
                        + " people, topics or meetings are, is left out of the site, as are 4 more like it:"
                        + " vault/people/Kenton Lee.md, vault/people/Kristina Toutanova.md and 2 more (mvn -X names"
                        + " each). A paper's note gives its title and a link, an arXiv id or a DOI"), warnings);
        assertTrue(debug.contains("vault/topics/Language models.md: a note without papers; left out of the site"),
                debug.toString());

        warnings.clear();
        DigestFolder again = new DigestFolder(DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
                new io.github.paperdigest.markup.HtmlSanitizer()), warnings::add, line -> { });
        io.github.paperdigest.testing.RecordingMemo memo = new io.github.paperdigest.testing.RecordingMemo();
        again.read(again.sources(dir), DigestProblems.strict(w -> { }), memo);
        List<String> first = List.copyOf(warnings);
        warnings.clear();
        io.github.paperdigest.testing.RecordingMemo next = memo.nextBuild();
        again.read(again.sources(dir), DigestProblems.strict(w -> { }), next);
        assertEquals(first, warnings, "recalled from the memo, the notes are said the same way");
        assertEquals(7, next.recalled(), "every file's reading recalled");
    }

    @Test
    void aFileWhoseSyntaxErrorWasToldIsNotAlsoToldAsAFileWithoutPapers() throws IOException {
        DigestFolder all = new DigestFolder(DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
                new io.github.paperdigest.markup.HtmlSanitizer()), warnings::add, line -> { });
        write("broken.json", "[{\"title\": \"A Paper\", \"abstract\": }]\n");
        write("real.txt", DIGEST);

        List<DigestFile> lenient = all.read(all.sources(dir), DigestProblems.lenient(w -> warnings.add(w.getMessage())));

        assertEquals(List.of("real.txt"), lenient.stream().map(DigestFile::sourceName).toList(), lenient + " " + warnings);
        assertEquals(1, warnings.stream().filter(w -> w.startsWith("broken.json")).count(), warnings.toString());
        assertTrue(warnings.stream().noneMatch(w -> w.contains("no papers found")), warnings.toString());
    }

    @Test
    void utf16DigestsWithoutAByteOrderMarkAreRefusedNamingTheFileLineOneAndTheFix() throws IOException {
        DigestFolder all = new DigestFolder(DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
                new io.github.paperdigest.markup.HtmlSanitizer()), warnings::add, line -> { });
        Files.write(dir.resolve("notes.md"), "# Title A\n\nWe study how to make long videos.\n"
                .getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("papers.ris"), "TY  - JOUR\nTI  - Title B\nER  - \n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("word.txt"), DIGEST.getBytes(StandardCharsets.UTF_16LE));
        write("real.txt", DIGEST);

        List<DigestFile> lenient = all.read(all.sources(dir), DigestProblems.lenient(w -> warnings.add(w.getMessage())));

        assertEquals(List.of("real.txt"), lenient.stream().map(DigestFile::sourceName).toList());
        for (String name : List.of("notes.md", "papers.ris", "word.txt")) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith(name + ":1:")
                    && w.contains("looks like UTF-16 (NUL bytes); save it as UTF-8")), name + ": " + warnings);
        }
        DigestException strict = org.junit.jupiter.api.Assertions.assertThrows(DigestException.class,
                () -> all.read(all.sources(dir), DigestProblems.strict(w -> { })));
        assertTrue(strict.getMessage().contains("UTF-16"), strict.getMessage());
    }

    @Test
    void utf16JsonDigestsAreRefusedAsUtf16TextDigestsAreNotReadAsAnotherFormat() throws IOException {
        DigestFolder all = new DigestFolder(DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
                new io.github.paperdigest.markup.HtmlSanitizer()), warnings::add, line -> { });
        String csl = "[{\"id\": \"item1\", \"type\": \"article-journal\", \"title\": \"Title A\","
                + " \"container-title\": \"Nature\", \"author\": [{\"family\": \"Doe\", \"given\": \"Jane\"}]}]";
        Files.write(dir.resolve("zotero.json"), csl.getBytes(StandardCharsets.UTF_16)); // FE FF first, as Java writes it
        Files.write(dir.resolve("daily.json"), "[{\"title\": \"Title B\", \"summary\": \"An abstract.\"}]"
                .getBytes(StandardCharsets.UTF_16LE));
        write("real.txt", DIGEST);

        List<DigestFile> lenient = all.read(all.sources(dir), DigestProblems.lenient(w -> warnings.add(w.getMessage())));

        assertEquals(List.of("real.txt"), lenient.stream().map(DigestFile::sourceName).toList());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("zotero.json:1:")
                && w.contains("this file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("daily.json:1:")
                && w.contains("looks like UTF-16 (NUL bytes); save it as UTF-8")), warnings.toString());
    }

    @Test
    void aMissingFolderHasNoDigests() {
        assertEquals(List.of(), folder.sources(dir.resolve("does-not-exist")));
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static List<String> names(List<DigestSource> sources) {
        return sources.stream().map(DigestSource::name).toList();
    }
}
