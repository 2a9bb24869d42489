package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's date reads the same in every format: what a RIS record's DA takes ("15 Oct 2020"), a Markdown metadata
 * list's "- date:" takes too, where it was refused as "not a date (YYYY-MM-DD)". Day and month written as numbers are
 * refused in every format, with the dates they could be, at the line that writes them (a paper note's front matter's
 * too, where its warnings named the front matter's first line).
 */
class DateFormsTest {

    /** Each reader's digest of one paper dated by the text in place of {@code %s}, the date's line being line 3. */
    private static final Map<String, String> DIGESTS = Map.of(
            "reading.md", """
                    ## Attention Is All You Need

                    - date: %s
                    - link: https://arxiv.org/abs/1706.03762

                    The dominant sequence transduction models are based on complex recurrent networks.
                    """,
            "export.ris", """
                    TY  - JOUR
                    TI  - Attention Is All You Need
                    DA  - %s
                    UR  - https://arxiv.org/abs/1706.03762
                    ER  -\s
                    """,
            "sheet.csv", """
                    Title,Link,Date

                    Attention Is All You Need,https://arxiv.org/abs/1706.03762,"%s"
                    """,
            "Attention Is All You Need.md", """
                    ---
                    title: Attention Is All You Need
                    date: %s
                    arxiv: "1706.03762"
                    ---

                    The dominant sequence transduction models are based on complex recurrent networks.
                    """,
            "notes.org", """
                    * Attention Is All You Need
                      :PROPERTIES:
                      :DATE: %s
                      :URL: https://arxiv.org/abs/1706.03762
                      :END:
                    """);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void everyReaderTakesTheFormsReferenceManagersAndPeopleWrite() throws IOException {
        for (String written : List.of("2017-06-12", "12 Jun 2017", "12th June 2017", "June 12, 2017", "Jun. 12, 2017",
                "2017/06/12", "2017/06/12/", "2017-06-12T17:57:34Z", "2017-06-12, revised 2017-12-06")) {
            for (String name : DIGESTS.keySet()) {
                PaperEntry paper = onlyPaper(name, written);

                assertEquals(Optional.of(LocalDate.of(2017, 6, 12)), paper.published(), name + ": " + written);
                assertEquals(List.of(), warnings, name + ": " + written);
            }
        }
    }

    @Test
    void aYearOrAMonthIsThePapersYearInEveryReader() throws IOException {
        Map<String, String> years = Map.of("2017", "2017", "Jun 2017", "2017-06", "2017-06", "2017-06");
        for (Map.Entry<String, String> year : years.entrySet()) {
            for (String name : DIGESTS.keySet()) {
                PaperEntry paper = onlyPaper(name, year.getKey());

                assertEquals(Optional.empty(), paper.published(), name + ": " + year.getKey());
                assertEquals(year.getValue(), paper.extra().get("year"), name + ": " + year.getKey());
                assertEquals(List.of(), warnings, name + ": " + year.getKey());
            }
        }
    }

    /** "03/04/2020" is the 3rd of April to one reader and the 4th of March to another: every reader says so. */
    @Test
    void dayAndMonthAsNumbersAreRefusedEverywhereNamingTheDatesTheyCouldBe() throws IOException {
        for (String name : DIGESTS.keySet()) {
            PaperEntry paper = onlyPaper(name, "03/04/2020");

            assertEquals(Optional.empty(), paper.published(), name);
            assertEquals(1, warnings.size(), name + ": " + warnings);
            assertTrue(warnings.get(0).startsWith(name + ":3: "), warnings.get(0));
            assertTrue(warnings.get(0).contains("'03/04/2020' writes day and month as numbers"), warnings.get(0));
            assertTrue(warnings.get(0).contains("write it 2020-04-03 or 2020-03-04"), warnings.get(0));
        }
        onlyPaper("reading.md", "13.04.2020");
        assertTrue(warnings.get(0).contains("write it 2020-04-13, year, month and day"), warnings.get(0));
    }

    /** A digest's own date, in its front matter, is read as a paper's is. */
    @Test
    void aDigestsDateInItsFrontMatterTakesTheSameForms() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "club.md", """
                ---
                date: 12 Jun 2017
                ---

                ## Attention Is All You Need

                - link: https://arxiv.org/abs/1706.03762

                The dominant sequence transduction models are based on complex recurrent networks.
                """, DigestProblems.strict(w -> warnings.add(w.getMessage())));

        assertEquals(Optional.of(LocalDate.of(2017, 6, 12)), digest.date());
        assertEquals(List.of(), warnings);
    }

    private PaperEntry onlyPaper(String name, String written) throws IOException {
        warnings.clear();
        List<PaperEntry> entries = ReadOneDigest.digest(dir, name, DIGESTS.get(name).formatted(written),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries();
        assertEquals(1, entries.size(), name + ": " + entries);
        return entries.get(0);
    }
}
