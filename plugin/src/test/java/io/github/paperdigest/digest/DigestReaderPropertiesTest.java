package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.DigestGenerators.Format;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.testing.PropertyCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of every digest reader on arbitrary input (random bytes, token soup in the format's shape,
 * mutated and truncated digests, invalid UTF-8, pathological repetition and nesting):
 * <ul>
 *   <li>it finishes within a time bound;</li>
 *   <li>in strict mode it fails, if at all, only with a {@link DigestException} whose message names the
 *       file and a line that exists, never with another exception;</li>
 *   <li>in lenient mode the digest folder never fails, and every warning names the file;</li>
 *   <li>every entry it accepts has a title and an abstract (or, in the formats of structured entries, an
 *       identifier or link) of clean text (no control characters, no lone surrogates, nothing XML cannot
 *       hold) and only http(s) links.</li>
 * </ul>
 * And a valid digest is read as exactly the papers it was written with.
 */
class DigestReaderPropertiesTest {

    private static final int TRIES = 200;

    private static final List<DigestReader> READERS = readers();

    static List<DigestReader> readers() {
        return DigestFormats.standard(new LinkFinder(), new LinkClassifier(), new HtmlSanitizer()).readers();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void arbitraryInputNeverHangsAndFailsOnlyWithADigestExceptionNamingTheFile(Format format, @TempDir Path dir) {
        Path file = dir.resolve("sub/g." + format.extension);
        DigestSource source = new DigestSource("sub/g." + format.extension, file);
        AtomicInteger withPapers = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        int tries = PropertyCheck.forAll("arbitrary " + format + " input", r -> DigestGenerators.garbage(r, format))
                .tries(TRIES).timeoutPerTry(Duration.ofSeconds(10))
                .describedBy(DigestReaderPropertiesTest::describe)
                .check(bytes -> {
                    write(file, bytes);
                    int lines = lineCount(bytes);
                    // strict: a result, or a DigestException naming the file and a line of it
                    List<DigestException> notices = Collections.synchronizedList(new ArrayList<>());
                    // the reader the folder would choose for this content (a .json file may be CSL JSON or not)
                    DigestReader reader = new DigestFormats(READERS).readerFor(source).orElseThrow();
                    try {
                        assertClean(reader.read(source, DigestProblems.strict(notices::add)));
                    } catch (DigestException e) {
                        assertNamesFileAndLine(e, source, lines);
                        failed.incrementAndGet();
                    }
                    notices.forEach(n -> assertNamesFileAndLine(n, source, lines));
                    // lenient: the folder reads what it can and says what it left out, naming the file
                    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
                    DigestFolder folder = new DigestFolder(READERS, warnings::add);
                    List<DigestFile> read = folder.read(List.of(source),
                            DigestProblems.lenient(p -> warnings.add(p.getMessage())));
                    read.forEach(DigestReaderPropertiesTest::assertClean);
                    if (read.stream().anyMatch(d -> !d.entries().isEmpty())) {
                        withPapers.incrementAndGet();
                    }
                    for (String w : warnings) {
                        assertTrue(w.startsWith(source.name() + ":"), w);
                    }
                });
        assertTrue(tries > 0, "no try ran");
        // the generator reaches both sides: inputs that give papers (leniently), and inputs refused (strictly).
        // Counted on the tries that ran: -DpaperDigest.property.tries and .try change how many.
        if (tries >= 100) {
            assertTrue(withPapers.get() >= tries / 10 && failed.get() >= tries / 10,
                    format + ": of " + tries + " tries, " + withPapers + " gave papers, " + failed
                            + " an error in strict mode");
        }
    }

    /**
     * A valid digest is read, strictly, as exactly the papers it was written with. The site's round trip asks this
     * too, at a build a try; read alone, many more digests are asked in the time. A text digest's title and abstract
     * are told apart by their shape alone, so more of those: the generator once made an abstract read as a title over
     * its address ("AAAAA\nhttps://github.com/org/repo") about once in 250 tries, which the round trip met in CI once.
     */
    @ParameterizedTest
    @EnumSource(Format.class)
    void aValidDigestIsReadAsExactlyItsPapers(Format format, @TempDir Path dir) {
        AtomicInteger papers = new AtomicInteger();
        int tries = PropertyCheck.forAll("valid " + format + " digest read back",
                        r -> DigestGenerators.digest(r, format, "2025-01-10-digest", 4, new DigestGenerators.Uniques()))
                .tries(format == Format.TEXT ? TRIES * 5 : TRIES).timeoutPerTry(Duration.ofSeconds(10))
                .describedBy(DigestGenerators.Digest::toString)
                .check(digest -> {
                    papers.addAndGet(digest.papers().size());
                    DigestSource source = new DigestSource(digest.fileName(), dir.resolve(digest.fileName()));
                    write(source.path(), digest.content());
                    DigestReader reader = new DigestFormats(READERS).readerFor(source).orElseThrow();
                    DigestFile read = reader.read(source, DigestProblems.strict(warning -> { }));
                    assertEquals(sorted(digest.papers().stream().map(p -> p.expectedTitle() + "\n" + p.expectedAbstract())),
                            sorted(read.entries().stream().map(e -> e.title() + "\n" + e.abstractText())),
                            "the papers read are the papers written");
                });
        assertTrue(tries > 0, "no try ran");
        // a generator that left out what the reader refuses (the text digests ask the reader's own rule) would pass
        // on digests of fewer and fewer papers if the rule grew too wide: about 2.5 papers a digest are written, in
        // every format, and fewer than 2 would say the generator left out a fifth of them
        assertTrue(papers.get() >= 2 * tries, papers + " papers in " + tries + " digests of " + format);
    }

    private static List<String> sorted(Stream<String> texts) {
        return texts.sorted().toList();
    }

    private static void assertNamesFileAndLine(DigestException e, DigestSource source, int lines) {
        assertEquals(source.name(), e.sourceName());
        assertTrue(e.getMessage().startsWith(source.name() + (e.line() > 0 ? ":" + e.line() + ": " : ": ")), e.getMessage());
        assertTrue(e.line() >= 0 && e.line() <= lines + 1, "line " + e.line() + " of a file of " + lines + " lines: "
                + e.getMessage());
        assertFalse(e.problem().isBlank(), "says what is wrong");
    }

    /** What a reader accepts is clean text: what every later step (pages, feeds, export) can hold. */
    static void assertClean(DigestFile digest) {
        digest.title().ifPresent(DigestReaderPropertiesTest::assertCleanText);
        for (PaperEntry e : digest.entries()) {
            assertFalse(e.title().isBlank(), "a paper has a title");
            // a reference manager's record may be a citation alone (Google Scholar's): its page searches for it
            assertTrue(e.hasAbstract() || e.arxivId().isPresent() || e.doi().isPresent() || !e.links().isEmpty()
                    || !e.authors().isEmpty() && (e.published().isPresent() || e.extra().containsKey("year")),
                    "a paper has an abstract, an identifier or link to read it at, or authors and a year to find it by");
            assertCleanText(e.title());
            assertCleanText(e.abstractText());
            e.authors().forEach(DigestReaderPropertiesTest::assertCleanText);
            e.tags().forEach(DigestReaderPropertiesTest::assertCleanText);
            // extra metadata is not checked: an unreadable 'upvotes' or 'arxiv' value is kept exactly as written
            for (Link l : e.links()) {
                String url = l.url().toLowerCase(java.util.Locale.ROOT);
                assertTrue(url.startsWith("http://") || url.startsWith("https://"), l.url());
                assertTrue(l.url().chars().noneMatch(Character::isWhitespace), l.url());
            }
        }
    }

    private static void assertCleanText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(Character.isISOControl(c), () -> "control character U+" + Integer.toHexString(c) + " in " + text);
            assertFalse(c == '\uFFFE' || c == '\uFFFF', () -> "noncharacter in " + text);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else {
                assertFalse(Character.isSurrogate(c), () -> "lone surrogate in " + text);
            }
        }
    }

    private static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + " bytes: ");
        text.codePoints().limit(4000).forEach(cp -> {
            if (cp < 0x20 && cp != '\n' || cp >= 0x7F && cp < 0xA0 || cp == 0xFFFD) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
