package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.testing.PropertyCheck;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DigestOutcomeBytesTest {

    private final DigestOutcomeBytes codec = new DigestOutcomeBytes(new HtmlSanitizer());

    private static PaperEntry fullEntry(String abstractText) {
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("github stars", "1,204");
        extra.put("license", "CC BY 4.0");
        return new PaperEntry("Café: Video-LLaMA 2 for 𝔽-Spaces", abstractText, true, Optional.of("2403.01234"),
                Optional.of("10.1000/xyz"), List.of("Ana Pérez", "Google DeepMind", "李 雷"),
                new TreeSet<>(Set.of("Google DeepMind")), Optional.of(LocalDate.of(2024, 3, 2)),
                Optional.of("CVPR 2024"), List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.PDF, "https://arxiv.org/pdf/2403.01234"),
                        Link.inText(LinkKind.PAPER, "https://arxiv.org/abs/1706.03762")),
                List.of("video", "llm"), Optional.of(42), extra,
                "<p>A <em>note</em> on <a data-note=\"Sora\" rel=\"nofollow noopener\">Sora</a></p>", "Vision", 17,
                List.of("Café Video-LLaMA 2", "VLLaMA"), new TreeSet<>(Set.of("Café", "von Neumann")));
    }

    private static DigestOutcome fullOutcome(String abstractText) {
        DigestOutcome outcome = new DigestOutcome(false);
        outcome.debug = "d.md: read as markdown (tables: 1 section), 2 papers";
        outcome.report(new DigestException("d.md", 9, "an entry without a title"));
        outcome.warn(new DigestException("d.md", 0, "an unknown key 'stars', kept as extra metadata"));
        outcome.notes.add("a note about the file");
        for (int i = 0; i <= DigestOutcome.DEBUG_LINES; i++) {
            outcome.debug("d.md", 4 + i, "'Vaswani, Ashish; Shazeer, Noam' read family name first");
        }
        PaperEntry bare = PaperEntry.of("A bare entry", "", List.of(), 30);
        outcome.digest = new DigestFile("sub/d.md", "markdown", Optional.of("Daily Papers"),
                Optional.of(LocalDate.of(2024, 3, 4)), Optional.of("https://huggingface.co/papers"), "<p>Intro</p>",
                List.of("reading club"), List.of(fullEntry(abstractText), bare), "tables: 1 section",
                List.of("sub/a.md", "sub/b.md"));
        return outcome;
    }

    private static void assertSameOutcome(DigestOutcome expected, DigestOutcome actual) {
        assertEquals(expected.digest, actual.digest);
        assertEquals(expected.debug, actual.debug);
        assertEquals(expected.notes, actual.notes);
        assertEquals(expected.readerDebug, actual.readerDebug);
        assertEquals(expected.readerDebugLeftOut, actual.readerDebugLeftOut);
        assertEquals(expected.told.size(), actual.told.size());
        for (int i = 0; i < expected.told.size(); i++) {
            DigestOutcome.Told e = expected.told.get(i);
            DigestOutcome.Told a = actual.told.get(i);
            assertEquals(List.of(e.problem(), e.what().sourceName(), e.what().line(), e.what().getMessage()),
                    List.of(a.problem(), a.what().sourceName(), a.what().line(), a.what().getMessage()));
        }
    }

    @Test
    void everyFieldOfADigestItsEntriesAndWhatItsReadingToldComesBackAsWritten() {
        DigestOutcome outcome = fullOutcome("An abstract with math $x^2$ and “quotes”.");
        assertSameOutcome(outcome, codec.decode(codec.encode(outcome), false));
    }

    @Test
    void theFullOutcomeSetsEveryComponentOfTheRecords() throws ReflectiveOperationException {
        // so that the round trip above loses no component: a component the bytes forgot would come back as the
        // bare entry's; a component added to either record must be set here (the constructors say so) and written
        DigestFile full = fullOutcome("An abstract.").digest;
        DigestFile bare = new DigestFile("d.txt", "text", Optional.empty(), Optional.empty(), Optional.empty(), "",
                List.of(), List.of(), "");
        for (RecordComponent c : DigestFile.class.getRecordComponents()) {
            assertNotEquals(c.getAccessor().invoke(bare), c.getAccessor().invoke(full), c.getName());
        }
        PaperEntry bareEntry = new PaperEntry("t", "", false, Optional.empty(), List.of(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), new TreeMap<>(), "", 0);
        for (RecordComponent c : PaperEntry.class.getRecordComponents()) {
            assertNotEquals(c.getAccessor().invoke(bareEntry), c.getAccessor().invoke(full.entries().get(0)),
                    c.getName());
        }
    }

    @Test
    void aMemoThatHoldsWhatNoReaderGivesIsNotTaken() {
        DigestOutcome script = fullOutcome("An abstract.");
        script.digest = withFirstEntry(script.digest, e -> new PaperEntry(e.title(), e.abstractText(),
                e.abstractTruncated(), e.arxivId(), e.doi(), e.authors(), e.literalAuthors(), e.published(), e.venue(), e.links(),
                e.tags(), e.upvotes(), e.extra(), "<p onclick=\"steal()\">a note</p><script>steal()</script>",
                e.section(), e.line()));
        assertNull(codec.decode(codec.encode(script), false), "a note with a script");
        DigestOutcome link = fullOutcome("An abstract.");
        link.digest = withFirstEntry(link.digest, e -> new PaperEntry(e.title(), e.abstractText(),
                e.abstractTruncated(), e.arxivId(), e.doi(), e.authors(), e.literalAuthors(), e.published(), e.venue(),
                List.of(new Link(LinkKind.CODE, "javascript:steal()")), e.tags(), e.upvotes(), e.extra(), e.noteHtml(),
                e.section(), e.line()));
        assertNull(codec.decode(codec.encode(link), false), "a link that is no web address");
        DigestOutcome intro = fullOutcome("An abstract.");
        DigestFile d = intro.digest;
        intro.digest = new DigestFile(d.sourceName(), d.format(), d.title(), d.date(), d.sourceUrl(),
                "<iframe src=\"https://x.org\"></iframe>", d.tags(), d.entries(), d.shape());
        assertNull(codec.decode(codec.encode(intro), false), "an introduction with a frame");
    }

    private static DigestFile withFirstEntry(DigestFile d, java.util.function.UnaryOperator<PaperEntry> change) {
        List<PaperEntry> entries = new java.util.ArrayList<>(d.entries());
        entries.set(0, change.apply(entries.get(0)));
        return new DigestFile(d.sourceName(), d.format(), d.title(), d.date(), d.sourceUrl(), d.introHtml(), d.tags(),
                entries, d.shape());
    }

    @Test
    void damagedBytesGiveNoOutcomeOrAnOutcomeAndNeverAnError() {
        byte[] bytes = codec.encode(fullOutcome("An abstract of some length, to damage."));
        PropertyCheck.forAll("damaged memo bytes", r -> {
            byte[] damaged = bytes.clone();
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                damaged[r.nextInt(damaged.length)] = (byte) r.nextInt(256);
            }
            return damaged;
        }).tries(2_000).timeoutPerTry(Duration.ofSeconds(5)).check(damaged -> codec.decode(damaged, false));
    }

    @Test
    void aTextOfAnyLengthIsKept() {
        DigestOutcome outcome = fullOutcome("x".repeat(200_000));
        assertSameOutcome(outcome, codec.decode(codec.encode(outcome), false));
    }

    @Test
    void aTextUtf8CannotHoldIsNotKept() {
        assertNull(codec.encode(fullOutcome("a lone \uD800 surrogate")));
    }

    @Test
    void aFileThatCouldNotBeReadOrChangedWhileReadIsNotKept() {
        DigestOutcome failed = fullOutcome("An abstract.");
        failed.failure = new DigestException("d.md", 0, "cannot be read");
        assertNull(codec.encode(failed));
        DigestOutcome changed = fullOutcome("An abstract.");
        changed.keepable = false;
        assertNull(codec.encode(changed));
    }

    @Test
    void bytesThatAreNoOutcomeAreNotTakenForOne() {
        byte[] bytes = codec.encode(fullOutcome("An abstract."));
        assertNotNull(bytes);
        assertNull(codec.decode(Arrays.copyOf(bytes, bytes.length - 1), false), "truncated");
        assertNull(codec.decode(Arrays.copyOf(bytes, bytes.length + 1), false), "with bytes left over");
        assertNull(codec.decode(new byte[] {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}, false));
        assertNull(codec.decode(new byte[0], false));
        assertArrayEquals(bytes, codec.encode(codec.decode(bytes, false)));
    }
}
