package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
