package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterTest {

    private static final List<String> UNCLOSED_LIST = List.of("---", "title: Reading group", "date: 2025-01-24",
            "source: notes", "tags: [reading group", "notes: hi", "---", "", "## A Paper", "", "About it.");

    @Test
    void aYamlMistakeIsReportedWithTheFilesLineNumbersOnly() {
        DigestException e = assertThrows(DigestException.class,
                () -> FrontMatter.split("group.md", UNCLOSED_LIST, DigestProblems.strict(w -> { })));

        // the list opened on line 5 of the file; the parser noticed on line 6, where the next field starts
        assertEquals(6, e.line());
        String message = e.getMessage();
        assertTrue(message.contains("at line 5, column 7"), message);
        assertTrue(message.contains("at line 6, column 6"), message);
        assertFalse(message.contains("line 4"), message);
        assertFalse(message.contains("'reader'"), message);
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("write each field as 'key: value'"), message);
    }

    /** Logseq's and Obsidian's Zotero imports write links unquoted, which YAML takes for a list and then stumbles. */
    @Test
    void anUnquotedWikilinkValueIsToldToBeQuoted() {
        List<String> note = List.of("---", "title: TransTrack", "citekey: sunTransTrack2020",
                "authors: [[Peize Sun]], [[Yi Jiang]]", "---", "", "Notes.");

        DigestException e = assertThrows(DigestException.class,
                () -> FrontMatter.split("TransTrack.md", note, DigestProblems.strict(w -> { })));

        assertEquals(4, e.line());
        assertTrue(e.getMessage().endsWith("(a value that starts with '[[' is a list to YAML: put it in double quotes,"
                + " as Obsidian writes a link in a property, authors: \"[[Ada Lovelace]], [[Alan Turing]]\")"),
                e.getMessage());
    }

    @Test
    void theParsersPositionsMoveDownOneLineAndItsQuotedLinesGo() {
        assertEquals("while parsing a flow sequence at line 5, column 7; expected ',' or ']', but got : at line 6, column 6",
                FrontMatter.inFileLines("while parsing a flow sequence\n in 'reader', line 4, column 7:\n"
                        + "    tags: [reading group\n          ^\nexpected ',' or ']', but got :\n"
                        + " in 'reader', line 5, column 6:\n    notes: hi\n         ^\n"));
    }

    private static final String PAPER = """
            ## Vlogger: Make Your Dream A Vlog

            - arxiv: 2401.09414

            In this work, we present Vlogger, a generic AI system for generating a minute-level video blog.
            """;

    /** What a lenient build reads of a digest, and the warnings it gives. */
    private record Lenient(DigestFile digest, List<String> warnings) {
        static Lenient read(Path dir, String name, String text) throws IOException {
            List<String> warnings = new ArrayList<>();
            DigestFile digest = ReadOneDigest.digest(dir, name, text, DigestProblems.lenient(w -> warnings.add(w.getMessage())));
            return new Lenient(digest, warnings);
        }

        List<String> titles() {
            return digest.entries().stream().map(PaperEntry::title).toList();
        }
    }

    /** "----" under "date:" made the keys a setext heading, a paper titled "title: … date: …" over the introduction. */
    @Test
    void aMistypedClosingLineLeavesTheKeysOutOfTheBody(@TempDir Path dir) throws IOException {
        Lenient read = Lenient.read(dir, "2025-02-04-week.md",
                "---\ntitle: Reading group week 8\ndate: 2025-02-04\n----\n\nWe read one paper.\n\n" + PAPER);

        assertEquals(List.of("Vlogger: Make Your Dream A Vlog"), read.titles());
        assertFalse(read.digest().introHtml().contains("title:"), read.digest().introHtml());
        assertEquals(List.of("2025-02-04-week.md:4: front matter opened by '---' on line 1 is closed by '----', not by a"
                + " line '---': write '---' there (lines 1 to 4 are left out of the digest until it is); skipped"
                + " (strict=false)"), read.warnings());
    }

    @Test
    void aMistypedClosingLineIsOneAlsoWhenTheBodyHasThematicBreaks(@TempDir Path dir) throws IOException {
        Lenient read = Lenient.read(dir, "2025-02-04-week.md",
                "---\ntitle: Week 8\n----\n\n" + PAPER + "\n---\n\n" + PAPER.replace("Vlogger", "Blogger")
                        .replace("2401.09414", "2401.09415"));

        assertEquals(List.of("Vlogger: Make Your Dream A Vlog", "Blogger: Make Your Dream A Vlog"), read.titles());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        assertTrue(read.warnings().get(0).startsWith("2025-02-04-week.md:3: "), read.warnings().toString());
    }

    @Test
    void aFrontMatterNeverClosedIsItsLinesOfYamlAndNoneOfThemIsRead(@TempDir Path dir) throws IOException {
        Lenient read = Lenient.read(dir, "2025-02-06-week.md",
                "---\ntitle: Reading group week 10\ndate: 2025-02-06\ntags:\n  - video\n\nIntroduction.\n\n" + PAPER);

        assertEquals(List.of("Vlogger: Make Your Dream A Vlog"), read.titles());
        assertFalse(read.digest().introHtml().contains("title:"), read.digest().introHtml());
        assertTrue(read.digest().introHtml().contains("Introduction."), read.digest().introHtml());
        assertEquals(List.of("2025-02-06-week.md:1: front matter opened by '---' is never closed by a line '---': add a"
                + " line '---' after line 5 (lines 1 to 5 are left out of the digest until it is there); skipped"
                + " (strict=false)"), read.warnings());
    }

    @Test
    void aSetextUnderlineAfterAnUnclosedFrontMattersBlankLineIsMistypedClosingToo(@TempDir Path dir) throws IOException {
        Lenient read = Lenient.read(dir, "2025-02-06-week.md", "---\ntitle: Week 10\n\n===\n\n" + PAPER);

        assertEquals(List.of("Vlogger: Make Your Dream A Vlog"), read.titles());
        assertTrue(read.warnings().get(0).startsWith("2025-02-06-week.md:4: front matter opened by '---' on line 1 is"
                + " closed by '==='"), read.warnings().toString());
    }
}
