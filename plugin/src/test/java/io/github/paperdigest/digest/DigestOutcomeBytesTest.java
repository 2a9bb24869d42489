package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DigestOutcomeBytesTest {

    private static PaperEntry fullEntry(String abstractText) {
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("github stars", "1,204");
        extra.put("license", "CC BY 4.0");
        return new PaperEntry("Café: Video-LLaMA 2 for 𝔽-Spaces", abstractText, true, Optional.of("2403.01234"),
                Optional.of("10.1000/xyz"), List.of("Ana Pérez", "李 雷"), Optional.of(LocalDate.of(2024, 3, 2)),
                Optional.of("CVPR 2024"), List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.PDF, "https://arxiv.org/pdf/2403.01234")),
                List.of("video", "llm"), Optional.of(42), extra, "<p>A <em>note</em></p>", "Vision", 17);
    }

    private static DigestOutcome fullOutcome(String abstractText) {
        DigestOutcome outcome = new DigestOutcome(false);
        outcome.debug = "d.md: read as markdown (tables: 1 section), 2 papers";
        outcome.report(new DigestException("d.md", 9, "an entry without a title"));
        outcome.warn(new DigestException("d.md", 0, "an unknown key 'stars', kept as extra metadata"));
        outcome.notes.add("a note about the file");
        PaperEntry bare = PaperEntry.of("A bare entry", "", List.of(), 30);
        outcome.digest = new DigestFile("sub/d.md", "markdown", Optional.of("Daily Papers"),
                Optional.of(LocalDate.of(2024, 3, 4)), Optional.of("https://huggingface.co/papers"), "<p>Intro</p>",
                List.of("reading club"), List.of(fullEntry(abstractText), bare), "tables: 1 section");
        return outcome;
    }

    private static void assertSameOutcome(DigestOutcome expected, DigestOutcome actual) {
        assertEquals(expected.digest, actual.digest);
        assertEquals(expected.debug, actual.debug);
        assertEquals(expected.notes, actual.notes);
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
        assertSameOutcome(outcome, DigestOutcomeBytes.decode(DigestOutcomeBytes.encode(outcome), false));
    }

    @Test
    void theBytesCoverEveryComponentOfTheRecordsTheyHold() {
        // a component added to either record must be written and read by DigestOutcomeBytes: update it, then these
        assertEquals(DigestOutcomeBytes.DIGEST_FILE_FIELDS, DigestFile.class.getRecordComponents().length);
        assertEquals(DigestOutcomeBytes.PAPER_ENTRY_FIELDS, PaperEntry.class.getRecordComponents().length);
    }

    @Test
    void aTextOfAnyLengthIsKept() {
        DigestOutcome outcome = fullOutcome("x".repeat(200_000));
        assertSameOutcome(outcome, DigestOutcomeBytes.decode(DigestOutcomeBytes.encode(outcome), false));
    }

    @Test
    void aTextUtf8CannotHoldIsNotKept() {
        assertNull(DigestOutcomeBytes.encode(fullOutcome("a lone \uD800 surrogate")));
    }

    @Test
    void aFileThatCouldNotBeReadOrChangedWhileReadIsNotKept() {
        DigestOutcome failed = fullOutcome("An abstract.");
        failed.failure = new DigestException("d.md", 0, "cannot be read");
        assertNull(DigestOutcomeBytes.encode(failed));
        DigestOutcome changed = fullOutcome("An abstract.");
        changed.keepable = false;
        assertNull(DigestOutcomeBytes.encode(changed));
    }

    @Test
    void bytesThatAreNoOutcomeAreNotTakenForOne() {
        byte[] bytes = DigestOutcomeBytes.encode(fullOutcome("An abstract."));
        assertNotNull(bytes);
        assertNull(DigestOutcomeBytes.decode(Arrays.copyOf(bytes, bytes.length - 1), false), "truncated");
        assertNull(DigestOutcomeBytes.decode(Arrays.copyOf(bytes, bytes.length + 1), false), "with bytes left over");
        assertNull(DigestOutcomeBytes.decode(new byte[] {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}, false));
        assertNull(DigestOutcomeBytes.decode(new byte[0], false));
        assertArrayEquals(bytes, DigestOutcomeBytes.encode(DigestOutcomeBytes.decode(bytes, false)));
    }
}
