package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.site.Bibliography;
import io.github.paperdigest.site.Citation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/**
 * What the site writes as BibTeX reads back, with the parser that reads .bib digests (jbibtex), as what was
 * written: keys, types, titles and names, whatever characters the digests used.
 */
class BibTexRoundTripTest {

    private static final List<String> TITLES = List.of(
            "Vlogger: Make Your Dream A Vlog",
            "Video-MME: The First-Ever Benchmark of Multi-modal LLMs",
            "50% Fewer Tokens & 2× Faster: Cost_Aware #Video {Search}",
            "Tilde ~ and caret ^ in a title",
            "Ünïcödé Ŝträngé Tïtle: Équipe Café",
            "Où est la vidéo? 视频理解");

    @Test
    void aWriterSharedByABuildsFilesGivesEachCitationItsOwnEntry() throws Exception {
        BibTex shared = new BibTex();
        Citation first = citation("key0", TITLES.get(0));
        Citation retitled = citation("key0", TITLES.get(1));

        String firstEntry = shared.entry(first);
        assertEquals(firstEntry, shared.entry(citation("key0", TITLES.get(0))));
        BibTeXEntry read = parse(shared.entry(retitled)).resolveEntry(new Key("key0"));
        assertEquals(TITLES.get(1), text(read.getField(BibTeXEntry.KEY_TITLE)));
        assertEquals(firstEntry, new BibTex().entry(first));
    }

    private static Citation citation(String key, String title) {
        return new Citation(key, title, List.of("Shaobin Zhuang"), Optional.of(2024), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void everyEntryReadsBackWithItsKeyTypeTitleAndAuthors() throws Exception {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            citations.add(new Citation("key" + i, TITLES.get(i),
                    List.of("Shaobin Zhuang", "José García", "Smith and Sons Ltd", "O'Brien, Flann"),
                    Optional.of(2024), Optional.of(LocalDate.of(2024, 1, 17)),
                    i % 2 == 0 ? Optional.of("2401.0941" + i) : Optional.empty(), Optional.of("10.1000/xyz" + i),
                    i % 3 == 0 ? Optional.of("CVPR 2024") : i % 3 == 1 ? Optional.of("Journal of Video & Vision")
                            : Optional.empty(),
                    Optional.of("https://arxiv.org/abs/2401.0941" + i), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        BibTeXDatabase database = parse(write(citations));

        assertEquals(citations.size(), database.getEntries().size());
        for (Citation c : citations) {
            BibTeXEntry entry = database.resolveEntry(new Key(c.key()));
            assertEquals(c.title(), text(entry.getField(BibTeXEntry.KEY_TITLE)), c.key());
            assertEquals(String.join(" and ", c.authors().get(0), c.authors().get(1), "{" + c.authors().get(2) + "}",
                    c.authors().get(3)), entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString(), c.key());
            assertEquals("2024", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
            String type = c.venue().isEmpty() ? "misc" : c.venue().get().startsWith("CVPR") ? "inproceedings" : "article";
            assertEquals(type, entry.getType().getValue(), c.key());
            c.venue().ifPresent(v -> assertEquals(v, text(entry.getField(new Key(type.equals("article") ? "journal"
                    : "booktitle"))), c.key()));
            c.arxivId().ifPresent(id -> {
                assertEquals(id, entry.getField(new Key("eprint")).toUserString());
                assertEquals("arXiv", entry.getField(new Key("archivePrefix")).toUserString());
            });
        }
    }

    @Test
    void formulasInATitleStayTeX() throws Exception {
        Citation c = new Citation("a", "Scaling $O(n^2)$ attention with \\(k\\)-means", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        BibTeXEntry entry = parse(write(List.of(c))).resolveEntry(new Key("a"));
        assertEquals("Scaling $O(n^2)$ attention with \\(k\\)-means", entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
    }

    private static Citation cited(String title, List<String> authors, Optional<String> venue, Optional<String> entryType,
            Optional<String> doi) {
        return new Citation("k", title, authors, Optional.of(2024), Optional.of(LocalDate.of(2024, 1, 17)),
                Optional.empty(), doi, venue, Optional.empty(), Optional.empty(), entryType, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** BibTeX pairs every brace of a field, whether a backslash comes before it or not. */
    private static void assertBracesPairAsBibTexCountsThem(String entry) {
        int depth = 0;
        for (char c : entry.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, entry);
        }
        assertEquals(0, depth, entry);
    }

    @Test
    void aBraceWithoutItsPartnerCannotEndTheFieldEarly() throws Exception {
        for (String title : List.of("Closing } Brace Only and an Opening { One Elsewhere {", "A formula $a{b$ unpaired",
                "Balanced {Braces} stay readable")) {
            String entry = new BibTex().entry(cited(title, List.of(), Optional.empty(), Optional.empty(), Optional.empty()));

            assertBracesPairAsBibTexCountsThem(entry);
            BibTeXEntry read = parse(entry).resolveEntry(new Key("k"));
            assertEquals("2024", read.getField(BibTeXEntry.KEY_YEAR).toUserString(), "the fields after the title: " + entry);
        }
        assertTrue(new BibTex().entry(cited("One { brace", List.of(), Optional.empty(), Optional.empty(), Optional.empty()))
                .contains("title = {One \\textbraceleft{} brace}"));
    }

    @Test
    void aJournalArticleIsAnArticleWhateverItsVenueIsCalled() {
        String pnas = "Proceedings of the National Academy of Sciences";
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of("article"), Optional.empty()))
                .startsWith("@article{k,"));
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.of("JOUR"), Optional.empty()))
                .contains("journal = {" + pnas + "}"));
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of(pnas), Optional.empty(), Optional.empty()))
                .startsWith("@inproceedings{k,"), "without a type, the venue's name decides");
        assertTrue(new BibTex().entry(cited("A", List.of(), Optional.of("Journal of Vision Workshops"),
                Optional.of("paper-conference"), Optional.empty())).contains("booktitle = {Journal of Vision Workshops}"));
    }

    @Test
    void aDoiIsWrittenAsItIsAndTheMonthAsAMacro() {
        String entry = new BibTex().entry(cited("A", List.of(), Optional.empty(), Optional.empty(),
                Optional.of("10.1162/coli_a_00001")));

        assertTrue(entry.contains("  doi = {10.1162/coli_a_00001},\n"), entry);
        assertTrue(entry.contains("  month = jan,\n"), entry);
    }

    @Test
    void anArxivPaperCarriesItsPrimaryClassAndAJournalArticleItsVolumeAndPages() throws Exception {
        Citation c = new Citation("k", "A", List.of(), Optional.of(2024), Optional.empty(), Optional.of("2401.09414"),
                Optional.empty(), Optional.of("IEEE TPAMI"), Optional.empty(), Optional.empty(), Optional.of("article"),
                Optional.of("cs.CV"), Optional.of("46"), Optional.of("1--10"));
        String entry = new BibTex().entry(c);

        assertTrue(entry.contains("  archivePrefix = {arXiv},\n  primaryClass = {cs.CV},\n"), entry);
        assertTrue(entry.contains("  journal = {IEEE TPAMI},\n  volume = {46},\n  pages = {1--10},\n"), entry);
        BibTeXEntry read = parse(entry).resolveEntry(new Key("k"));
        assertEquals("46", read.getField(BibTeXEntry.KEY_VOLUME).toUserString());
    }

    @Test
    void aNameThatEndsWithASuffixIsWrittenFamilyNameFirst() throws Exception {
        String entry = new BibTex().entry(cited("A", List.of("Martin Luther King Jr.", "Henry Ford III", "Ada Lovelace",
                "Sammy Davis, Jr."), Optional.empty(), Optional.empty(), Optional.empty()));

        assertTrue(entry.contains("author = {King, Jr., Martin Luther and Ford, III, Henry and Ada Lovelace and Sammy"
                + " Davis, Jr.}"), entry);
        assertEquals(4, parse(entry).resolveEntry(new Key("k")).getField(BibTeXEntry.KEY_AUTHOR).toUserString()
                .split(" and ").length);
    }

    private static String write(List<Citation> citations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BibTex().write(new Bibliography("test.bib", "test", citations), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BibTeXDatabase parse(String bib) throws Exception {
        return new BibTeXParser().parse(new StringReader(bib));
    }

    /** A field as a reader sees it: TeX commands and protective braces turned into the text they stand for. */
    private static String text(Value value) {
        String tex = value.toUserString();
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(tex));
        } catch (Exception | Error e) {
            // jbibtex's TeX reader knows ASCII text only; text without TeX in it is read as it is
            assertEquals(-1, tex.indexOf('\\'), "TeX in " + tex);
            return tex.replace("{", "").replace("}", "");
        }
    }
}
