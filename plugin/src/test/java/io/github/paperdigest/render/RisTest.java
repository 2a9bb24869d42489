package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.digest.RisDigestReader;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.site.Citation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper's RIS record, for EndNote, RefWorks, Mendeley and Zotero, says what its BibTeX entry says. */
class RisTest {

    @Test
    void aTagsValueIsOneLineWithEachRunOfSpacesControlsAndSeparatorsOneSpaceAsThePatternMadeIt() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[\\s\\p{Cntrl}\\p{Z}]+");
        java.util.Random random = new java.util.Random(5);
        char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0000', '\u001F', '\u007F', '\u0085',
            '\u00A0', '\u2003', '\u2028', '\u2029', '\u3000', '\u200B', 'é', '\uD83D', '\uDE00'};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(pattern.matcher(text).replaceAll(" "), Ris.oneLine(text.toString()), text.toString());
        }
        assertEquals("A line", Ris.oneLine("A  line"));
        assertEquals("two lines, one", Ris.oneLine("two\r\n lines,\u00A0one"));
    }

    @TempDir
    Path dir;

    @Test
    void aConferencePaperIsACPaperWithItsVenuePagesAndAuthorsFamilyNameFirst() {
        Citation c = citation("Tractable Control for Autoregressive Language Generation",
                List.of("Honghua Zhang", "Guy Van den Broeck", "Martin Luther King Jr."), Optional.of("ICML 2023"),
                Optional.of("paper-conference"), Optional.of("40826--40843"));

        assertEquals(String.join("\r\n",
                "TY  - CPAPER",
                "TI  - Tractable Control for Autoregressive Language Generation",
                "AU  - Zhang, Honghua",
                "AU  - Van den Broeck, Guy",
                "AU  - King, Martin Luther, Jr.",
                "PY  - 2023",
                "DA  - 2023/07/23/",
                "T2  - ICML 2023",
                "SP  - 40826",
                "EP  - 40843",
                "DO  - 10.5555/3618408.3620113",
                "ER  - ", ""), Ris.entry(c));
    }

    @Test
    void aJournalArticleIsAJourWithItsIssue() {
        Citation c = new Citation("k", "Highly accurate protein structure prediction with AlphaFold", List.of("John Jumper"),
                LiteralAuthors.NONE, Optional.of(2021), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Nature"), Optional.empty(), Optional.empty(), Optional.of("article"), Optional.empty(),
                Optional.of("596"), Optional.of("583-589"), Optional.of("7873"), Optional.of(8), false);

        String ris = Ris.entry(c);

        assertTrue(ris.startsWith("TY  - JOUR\r\n"), ris);
        assertTrue(ris.contains("DA  - 2021/08//\r\nT2  - Nature\r\nVL  - 596\r\nIS  - 7873\r\nSP  - 583\r\nEP  - 589\r\n"),
                ris);
    }

    @Test
    void anArxivPreprintIsCitedAsGoogleScholarCitesOne() {
        Citation c = new Citation("k", "Attention Is All You Need", List.of("Ashish Vaswani"), LiteralAuthors.NONE,
                Optional.of(2017), Optional.empty(), Optional.of("1706.03762"), Optional.empty(), Optional.empty(),
                Optional.of("https://arxiv.org/abs/1706.03762"), Optional.of("https://arxiv.org/pdf/1706.03762"),
                Optional.empty(), Optional.of("cs.CL"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true);

        assertEquals(String.join("\r\n",
                "TY  - JOUR",
                "TI  - Attention Is All You Need",
                "AU  - Vaswani, Ashish",
                "PY  - 2017",
                "T2  - arXiv preprint arXiv:1706.03762",
                "UR  - https://arxiv.org/abs/1706.03762",
                "L1  - https://arxiv.org/pdf/1706.03762",
                "N1  - Authors after the first 1 are not named here.",
                "ER  - ", ""), Ris.entry(c));
    }

    /** A publisher's DOI names the paper's publication: no preprint, and no venue made up for it. */
    @Test
    void anArxivPaperWithAPublishersDoiAndNoVenueIsAJournalArticleOfThatDoi() {
        Citation c = new Citation("k", "Graph Transformers for Molecules", List.of("Alice Smith"), LiteralAuthors.NONE,
                Optional.of(2023), Optional.empty(), Optional.of("2305.01234"), Optional.of("10.1016/j.neunet.2023.05.012"),
                Optional.empty(), Optional.of("https://arxiv.org/abs/2305.01234"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(String.join("\r\n",
                "TY  - JOUR",
                "TI  - Graph Transformers for Molecules",
                "AU  - Smith, Alice",
                "PY  - 2023",
                "DO  - 10.1016/j.neunet.2023.05.012",
                "UR  - https://arxiv.org/abs/2305.01234",
                "ER  - ", ""), Ris.entry(c));
    }

    @Test
    void anOrganisationIsOneNameWithNoComma() {
        Citation c = new Citation("k", "Gemini: A Family of Highly Capable Multimodal Models", List.of("Google DeepMind", "Meta, Inc."),
                new TreeSet<>(List.of("Google DeepMind", "Meta, Inc.")), Optional.of(2024), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        String ris = Ris.entry(c);

        assertTrue(ris.startsWith("TY  - GEN\r\nTI  - Gemini: A Family of Highly Capable Multimodal Models\r\nAU  - Google DeepMind\r\nAU  - Meta Inc.\r\n"),
                ris);
    }

    @Test
    void noValueStartsALineOfItsOwn() {
        Citation c = citation("A title\r\nER  - \nTY  - JOUR\u2028with lines", List.of("Ada\nLovelace"), Optional.empty(),
                Optional.empty(), Optional.empty());

        String ris = Ris.entry(c);

        assertEquals(1, ris.split("TY  - ", -1).length - 1, ris);
        assertTrue(ris.contains("TI  - A title ER - TY - JOUR with lines\r\n"), ris);
        assertTrue(ris.contains("AU  - Lovelace, Ada\r\n"), ris);
    }

    @Test
    void whatIsWrittenReadsBackAsTheSamePaperInThePluginsOwnRisReader() throws IOException {
        List<Citation> citations = List.of(
                citation("Vlogger: Make Your Dream A Vlog", List.of("Shaobin Zhuang", "Kunchang Li"), Optional.of("CVPR 2024"),
                        Optional.empty(), Optional.of("8806-8817")),
                citation("Où est la vidéo? 视频理解", List.of("Guy Van den Broeck"), Optional.empty(), Optional.empty(),
                        Optional.empty()));
        Path file = Files.writeString(dir.resolve("written.ris"),
                String.join("\r\n", citations.stream().map(Ris::entry).toList()));
        List<String> warnings = new ArrayList<>();

        List<PaperEntry> read = new RisDigestReader(new LinkFinder(), new LinkClassifier())
                .read(new DigestSource("written.ris", file), DigestProblems.strict(w -> warnings.add(w.getMessage())))
                .entries();

        assertEquals(List.of(), warnings);
        assertEquals(citations.stream().map(Citation::title).toList(), read.stream().map(PaperEntry::title).toList());
        assertEquals(List.of(List.of("Shaobin Zhuang", "Kunchang Li"), List.of("Guy Van den Broeck")),
                read.stream().map(PaperEntry::authors).toList());
        assertEquals(Optional.of("CVPR 2024"), read.get(0).venue());
        assertEquals(Optional.of("10.5555/3618408.3620113"), read.get(0).doi());
        assertEquals(Optional.of(LocalDate.of(2023, 7, 23)), read.get(1).published());
    }

    private static Citation citation(String title, List<String> authors, Optional<String> venue, Optional<String> type,
            Optional<String> pages) {
        return new Citation("k", title, authors, LiteralAuthors.NONE, Optional.of(2023),
                Optional.of(LocalDate.of(2023, 7, 23)), Optional.empty(), Optional.of("10.5555/3618408.3620113"), venue,
                Optional.empty(), Optional.empty(), type, Optional.empty(), Optional.empty(), pages, Optional.empty());
    }
}
