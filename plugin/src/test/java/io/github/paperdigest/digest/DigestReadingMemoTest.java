package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.DigestGenerators.Format;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.testing.PropertyCheck;
import io.github.paperdigest.testing.RecordingMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A digest whose name and bytes have not changed since the last build is taken from the memo instead of being
 * read again, and the build cannot tell: the same papers, the same warnings and debug lines in the same order,
 * the same first problem in strict mode.
 */
class DigestReadingMemoTest {

    private static final List<DigestReader> READERS = DigestReaderPropertiesTest.readers();

    @TempDir
    Path dir;

    /** What one read of a folder gave, as a build would see it. */
    private record Reading(List<DigestFile> digests, List<String> warnings, List<String> debug, String failure) {
    }

    private final AtomicInteger reads = new AtomicInteger();

    /** The standard readers, counting how many files they read. */
    private List<DigestReader> countingReaders() {
        return READERS.stream().map(reader -> reading(reader, (source, problems) -> {
            reads.incrementAndGet();
            return reader.read(source, problems);
        })).toList();
    }

    /** A reader that is {@code reader} in all but how it reads a file. */
    private static DigestReader reading(DigestReader reader, BiFunction<DigestSource, DigestProblems, DigestFile> read) {
        return new DigestReader() {
            @Override
            public String format() {
                return reader.format();
            }

            @Override
            public Set<String> extensions() {
                return reader.extensions();
            }

            @Override
            public boolean recognises(DigestSource source) {
                return reader.recognises(source);
            }

            @Override
            public DigestFile read(DigestSource source, DigestProblems problems) {
                return read.apply(source, problems);
            }
        };
    }

    private static DigestReader textReader() {
        return READERS.stream().filter(r -> r.format().equals("text")).findFirst().orElseThrow();
    }

    private Reading read(List<DigestSource> sources, boolean strict, RecordingMemo memo) {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<String> debug = Collections.synchronizedList(new ArrayList<>());
        DigestFolder folder = new DigestFolder(new DigestFormats(countingReaders()), warnings::add, debug::add);
        DigestProblems problems = strict ? DigestProblems.strict(p -> warnings.add(p.getMessage()))
                : DigestProblems.lenient(p -> warnings.add(p.getMessage()));
        try {
            return new Reading(folder.read(sources, problems, memo), warnings, debug, null);
        } catch (DigestException e) {
            return new Reading(List.of(), warnings, debug, e.getMessage());
        }
    }

    private DigestSource write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private DigestSource write(String name, byte[] content) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DigestSource(name, file);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aDigestTakenFromTheMemoIsTheDigestReadWithTheSameWarnings(Format format) {
        PropertyCheck.forAll(format + " digests, well formed or not", r -> r.nextBoolean()
                        ? DigestGenerators.digest(r, format, "d", 6, new DigestGenerators.Uniques()).content()
                        : DigestGenerators.garbage(r, format))
                .tries(60).timeoutPerTry(Duration.ofSeconds(10))
                .describedBy(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .check(bytes -> {
                    List<DigestSource> sources = List.of(write("sub/d." + format.extension, bytes));
                    for (boolean strict : new boolean[] {false, true}) {
                        RecordingMemo first = new RecordingMemo();
                        Reading read = read(sources, strict, first);
                        RecordingMemo second = first.nextBuild();
                        reads.set(0);
                        Reading recalled = read(sources, strict, second);
                        assertEquals(read, recalled, "strict=" + strict);
                        assertEquals(first.made() == 1 ? 0 : 1, reads.get(),
                                "a file is read again only when its reading was not kept (strict=" + strict + ")");
                    }
                });
    }

    /** Found by the property above (seed 41, try 42): an image inside a link made a link inside a link. */
    @Test
    void aDigestWhoseIntroductionLinksAnImageIsTakenFromTheMemo() {
        DigestSource source = write("week.md", """
                The week's [plot ![the plot](https://example.org/plot.png) of citations](mailto:a@b.example).

                ## A paper on graphs

                - arxiv: 2401.09414

                We study graphs and show that an abstract of this length is read as one.
                """);
        RecordingMemo memo = new RecordingMemo();
        Reading read = read(List.of(source), false, memo);
        assertTrue(read.digests().get(0).introHtml().contains("plot the plot of citations"), read.toString());
        reads.set(0);
        RecordingMemo next = memo.nextBuild();
        assertEquals(read, read(List.of(source), false, next));
        assertEquals(0, reads.get(), "the kept reading is taken, not refused as HTML the sanitiser would not make");
        assertEquals(1, next.recalled());
    }

    @Test
    void onlyTheDigestThatChangedIsReadAgain() {
        DigestSource a = write("a.txt", paper("First paper on graphs"));
        DigestSource b = write("b.txt", paper("Second paper on sets"));
        RecordingMemo memo = new RecordingMemo();
        read(List.of(a, b), false, memo);
        write("b.txt", paper("Second paper on sets, revised"));
        reads.set(0);
        RecordingMemo next = memo.nextBuild();
        Reading rebuilt = read(List.of(a, b), false, next);
        assertEquals(1, reads.get());
        assertEquals(1, next.recalled());
        assertEquals(read(List.of(a, b), false, new RecordingMemo()), rebuilt);
    }

    @Test
    void aRenamedDigestIsReadAgainUnderItsNewName() {
        DigestSource before = write("a.txt", paper("A paper on graphs"));
        RecordingMemo memo = new RecordingMemo();
        read(List.of(before), false, memo);
        DigestSource after = write("renamed.txt", paper("A paper on graphs"));
        reads.set(0);
        Reading rebuilt = read(List.of(after), false, memo.nextBuild());
        assertEquals(1, reads.get());
        assertEquals("renamed.txt", rebuilt.digests().get(0).sourceName());
    }

    @Test
    void aProblemSkippedLenientlyStopsAStrictBuildThatFollows() {
        String digest = """
                [{"title": "A paper with an abstract", "summary": "An abstract long enough to be one."},
                 {"summary": "An entry without a title."}]
                """;
        DigestSource source = write("papers.json", digest);
        RecordingMemo memo = new RecordingMemo();
        Reading lenient = read(List.of(source), false, memo);
        assertTrue(lenient.warnings().stream().anyMatch(w -> w.contains("papers.json") && w.contains("strict=false")),
                lenient.warnings().toString());
        Reading strict = read(List.of(source), true, memo.nextBuild());
        assertTrue(strict.failure() != null && strict.failure().startsWith("papers.json:2"), strict.toString());
    }

    @Test
    void aDigestThatChangesWhileItIsReadIsNotKept() {
        DigestSource source = write("a.txt", paper("A paper on graphs"));
        DigestReader changing = reading(textReader(), (s, problems) -> {
            DigestFile digest = textReader().read(s, problems);
            try {
                Files.writeString(s.path(), paper("Another paper"), StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return digest;
        });
        RecordingMemo memo = new RecordingMemo();
        new DigestFolder(List.of(changing), w -> { }).read(List.of(source), DigestProblems.lenient(p -> { }), memo);
        assertEquals(0, memo.made(), "what was read matches neither the bytes hashed before nor those after");
    }

    @Test
    void aDigestTooLargeForMemoryIsRefusedEvenWhenItsReadingWasKept() {
        DigestSource source = write("a.txt", paper("A paper on graphs"));
        RecordingMemo memo = new RecordingMemo();
        new DigestFolder(READERS, w -> { }).read(List.of(source), DigestProblems.lenient(p -> { }), memo);
        assertEquals(1, memo.made());
        List<String> warnings = new ArrayList<>();
        List<DigestFile> read = new DigestFolder(READERS, w -> { }, 16).read(List.of(source),
                DigestProblems.lenient(p -> warnings.add(p.getMessage())), memo.nextBuild());
        assertEquals(List.of(), read);
        assertTrue(warnings.size() == 1 && warnings.get(0).contains("more than half of the memory"), warnings.toString());
    }

    @Test
    void aDigestReachedThroughALinkIsReadAgainWhenTheLinkPointsAtAFileOfAnotherName() throws IOException {
        // the reader is chosen, and the date taken, by the name of the file the link leads to
        DigestSource before = write("2024-01-05.txt", paper("A paper on graphs"));
        DigestSource after = write("2024-02-09.txt", paper("A paper on graphs"));
        RecordingMemo memo = new RecordingMemo();
        Reading first = read(List.of(new DigestSource("latest.txt", before.path())), false, memo);
        reads.set(0);
        Reading second = read(List.of(new DigestSource("latest.txt", after.path())), false, memo.nextBuild());
        assertEquals(1, reads.get());
        assertEquals(List.of("2024-01-05", "2024-02-09"), List.of(first.digests().get(0).date().orElseThrow().toString(),
                second.digests().get(0).date().orElseThrow().toString()));
    }

    @Test
    void bytesInTheMemoThatAreNoReadingAreNeitherTakenNorKept() {
        DigestSource source = write("a.txt", paper("A paper on graphs"));
        RecordingMemo garbage = RecordingMemo.holdingEverywhere(new byte[] {0, 0, 0, 7});
        List<DigestFile> read = new DigestFolder(READERS, w -> { }).read(List.of(source),
                DigestProblems.lenient(p -> { }), garbage);
        assertEquals(read, new DigestFolder(READERS, w -> { }).read(List.of(source), DigestProblems.lenient(p -> { })));
        assertEquals(0, garbage.recalled(), "the bytes that were no reading are dropped");
        assertEquals(1, garbage.made(), "and the reading made instead is kept");
        assertEquals(1, garbage.size());
    }

    @Test
    void aReadingThatMetAnInputOutputErrorIsNotKept() {
        DigestSource source = write("a.txt", paper("A paper on graphs"));
        DigestReader failing = reading(textReader(), (s, problems) -> {
            problems.report(new DigestException(s.name(), 0, "cannot be read: the share went away",
                    new IOException("the share went away")));
            return new DigestFile(s.name(), "text", java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), "", List.of(), List.of());
        });
        RecordingMemo memo = new RecordingMemo();
        List<String> warnings = new ArrayList<>();
        new DigestFolder(List.of(failing), warnings::add).read(List.of(source),
                DigestProblems.lenient(p -> warnings.add(p.getMessage())), memo);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("the share went away")), warnings.toString());
        assertEquals(0, memo.made(), "the next build reads the file again");
    }

    private static String paper(String title) {
        return "\n" + title + "\n\nWe study " + title.toLowerCase(java.util.Locale.ROOT)
                + " and show that an abstract of this length is read as one by the reader of plain text, which"
                + " takes it for a paper's.\n";
    }
}
