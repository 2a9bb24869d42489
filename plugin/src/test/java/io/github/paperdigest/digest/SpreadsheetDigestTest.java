package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets as people keep their papers in them: a reading group's sheet downloaded from Google Sheets, a list
 * saved by Excel with semicolons, tab-separated values, and Zotero's CSV export. Every paper is read whole, or the
 * build says which line is wrong and how to fix it.
 */
class SpreadsheetDigestTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    /** A sheet's title that cites its paper, as a schedule's does: the citation is its authors, venue and year. */
    @Test
    void aCitationAfterASheetsTitleIsNoPartOfIt() throws IOException {
        DigestFile sheet = read("2025-spring.csv", """
                Date,Paper,Link
                2025-03-01,"Denoising Diffusion Probabilistic Models (Ho et al., NeurIPS 2020)",https://arxiv.org/abs/2006.11239
                """);

        PaperEntry paper = entry(sheet, "Denoising Diffusion Probabilistic Models");
        assertEquals(List.of("Ho"), paper.authors());
        assertEquals(Optional.of("NeurIPS 2020"), paper.venue());
    }

    @Test
    void aReadingGroupsSheetGivesAPaperPerRowWithItsColumnsNamedByTheFirstRow() throws IOException {
        DigestFile sheet = read("2024-03-07-reading-group.csv", """
                Paper,Authors,Published,Link,Code,Presenter,Notes,Tags
                "Vlogger: Make Your Dream A Vlog, Minute by Minute",Shaobin Zhuang and Kunchang Li,2024-01-17,https://arxiv.org/abs/2401.09414,https://github.com/zhuangshaobin/Vlogger,Ana,"Long videos, ""script first""\",video generation; agents
                Attention Is All You Need,"Ashish Vaswani, Noam Shazeer",2017,https://arxiv.org/abs/1706.03762,-,Ben,,transformers
                """);

        assertEquals("csv", sheet.format());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 7)), sheet.date());
        PaperEntry vlogger = entry(sheet, "Vlogger: Make Your Dream A Vlog, Minute by Minute");
        assertEquals(List.of("Shaobin Zhuang", "Kunchang Li"), vlogger.authors());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 17)), vlogger.published());
        assertEquals(Optional.of("2401.09414"), vlogger.arxivId());
        assertTrue(vlogger.links().contains(new Link(LinkKind.CODE, "https://github.com/zhuangshaobin/Vlogger")),
                vlogger.links().toString());
        assertEquals(List.of("video generation", "agents"), vlogger.tags());
        assertEquals("Ana", vlogger.extra().get("presenter"));
        assertEquals("<p>Long videos, &quot;script first&quot;</p>", vlogger.noteHtml(),
                "a column of notes is the paper's note in this digest");
        assertEquals(2, vlogger.line());

        PaperEntry attention = entry(sheet, "Attention Is All You Need");
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), attention.authors());
        assertEquals("2017", attention.extra().get("year"));
        assertEquals(Optional.empty(), attention.published());
        assertEquals(3, attention.line());
        assertEquals(List.of(), warnings);
    }

    /**
     * A tracker's sheet of citations (title, authors, year, venue; no abstract or link) is a reference list, as a
     * BibTeX file of the same records is: each row is a paper by its citation (a bare title still is not, see below),
     * and a list of names as Python writes it is its authors.
     */
    @Test
    void aSheetOfCitationsGivesPapersByTitleAuthorsAndYearAndReadsPythonListsOfNames() throws IOException {
        DigestFile sheet = read("papers.csv", """
                title,authors,year,proceedings,type
                Manipulating the Byzantine: Optimizing Model Poisoning Attacks,"['Virat Shejwalkar', 'Amir Houmansadr']",2021,ndss,attack
                A Paper With an Apostrophe,"[""Conan O'Brien"", 'Ana Lee']",2022,icml,defense
                """);

        PaperEntry byzantine = entry(sheet, "Manipulating the Byzantine: Optimizing Model Poisoning Attacks");
        assertEquals(List.of("Virat Shejwalkar", "Amir Houmansadr"), byzantine.authors());
        assertEquals("2021", byzantine.extra().get("year"));
        assertEquals(List.of("Conan O'Brien", "Ana Lee"), entry(sheet, "A Paper With an Apostrophe").authors());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCellOfNotesIsShownAsItsTextWithItsLinksAndIsHtmlThatKeepsBetweenBuilds() throws IOException {
        DigestFile sheet = read("notes.csv", """
                Title,URL,Remarks
                A Paper,https://example.org/a,"<script>alert(1)</script> & more: see https://example.org/talk
                - second line"
                """);

        String note = entry(sheet, "A Paper").noteHtml();
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more: see <a href=\"https://example.org/talk\" rel=\"nofollow noopener\">"
                + "https://example.org/talk</a><br>- second line</p>", note);
        // a note kept in the analysis memo is shown again only when the sanitiser would leave it as it is
        assertTrue(new HtmlSanitizer().isClean(note), note);
    }

    @Test
    void aQuotedCellKeepsItsLineEndsAndTheNextRowNamesItsOwnLine() throws IOException {
        DigestFile sheet = read("papers.csv", """
                Title,Abstract,URL
                Paper One,"First paragraph, with a comma.

                Second paragraph.",https://example.org/one
                Paper Two,Short.,https://example.org/two
                """);

        assertEquals("First paragraph, with a comma. Second paragraph.", entry(sheet, "Paper One").abstractText());
        assertEquals(5, entry(sheet, "Paper Two").line());
    }

    @Test
    void excelsSemicolonSeparatedCsvIsReadAtItsSemicolons() throws IOException {
        DigestFile sheet = read("excel.csv", """
                Title;Authors;Year;DOI
                Precision at 0,5 Recall;Marie Curie;2019;10.1145/3292500.3330701
                """);

        PaperEntry paper = entry(sheet, "Precision at 0,5 Recall");
        assertEquals(List.of("Marie Curie"), paper.authors());
        assertEquals(Optional.of("10.1145/3292500.3330701"), paper.doi());
    }

    @Test
    void tabSeparatedValuesAreReadAtTheirTabs() throws IOException {
        DigestFile sheet = read("list.tsv", "Title\tAuthors\tURL\nA, B and C\tAda Lovelace\thttps://example.org/abc\n");

        assertEquals(List.of("Ada Lovelace"), entry(sheet, "A, B and C").authors());
    }

    @Test
    void zoterosCsvExportGivesNamesInReadingOrderItsCitationAndNoneOfTheCuratorsOwnFiles() throws IOException {
        String header = "\"Key\",\"Item Type\",\"Publication Year\",\"Author\",\"Title\",\"Publication Title\",\"ISBN\","
                + "\"ISSN\",\"DOI\",\"Url\",\"Abstract Note\",\"Date\",\"Date Added\",\"Date Modified\",\"Access Date\","
                + "\"Pages\",\"Num Pages\",\"Issue\",\"Volume\",\"Library Catalog\",\"Extra\",\"Notes\","
                + "\"File Attachments\",\"Link Attachments\",\"Manual Tags\",\"Automatic Tags\"";
        DigestFile export = read("zotero.csv", header + "\n"
                + "\"ABCD1234\",\"journalArticle\",\"2021\",\"Jumper, John; Evans, Richard; Pritzel, Alexander\","
                + "\"Highly accurate protein structure prediction with AlphaFold\",\"Nature\",\"\",\"0028-0836\","
                + "\"10.1038/s41586-021-03819-2\",\"https://www.nature.com/articles/s41586-021-03819-2\","
                + "\"<p>Proteins are essential to life, and understanding their structure can facilitate a mechanistic"
                + " understanding of their function.</p>\",\"2021-08\",\"2024-01-02 10:11:12\",\"2024-01-02 10:11:12\","
                + "\"2024-01-02 10:11:12\",\"583-589\",\"\",\"7873\",\"596\",\"www.nature.com\",\"\","
                + "\"<p>Read with the group</p>\",\"/home/me/Zotero/storage/ABCD1234/Jumper.pdf\",\"\","
                + "\"protein folding; structure\",\"\"\n"
                + "\"EFGH5678\",\"preprint\",\"2015\",\"Hinton, Geoffrey\",\"Distilling the Knowledge in a Neural Network\","
                + "\"\",\"\",\"\",\"\",\"http://arxiv.org/abs/1503.02531\",\"A very simple way to improve the performance"
                + " of almost any machine learning algorithm.\",\"2015-03-09\",\"\",\"\",\"\",\"\",\"\",\"\",\"\","
                + "\"arXiv.org\",\"arXiv:1503.02531 [stat]\",\"\",\"\",\"\",\"\",\"Statistics - Machine Learning\"\n");

        PaperEntry alphafold = entry(export, "Highly accurate protein structure prediction with AlphaFold");
        assertEquals(List.of("John Jumper", "Richard Evans", "Alexander Pritzel"), alphafold.authors());
        assertEquals("Proteins are essential to life, and understanding their structure can facilitate a mechanistic"
                + " understanding of their function.", alphafold.abstractText());
        assertEquals(Optional.of("Nature"), alphafold.venue());
        assertEquals(Optional.of("10.1038/s41586-021-03819-2"), alphafold.doi());
        assertEquals("2021-08", alphafold.extra().get("year"));
        assertEquals("Journal article", alphafold.extra().get("type"), "Zotero's item type, in words");
        assertEquals(Map.of("pages", "583–589", "number", "7873", "volume", "596"), Map.of("pages",
                alphafold.extra().get("pages"), "number", alphafold.extra().get("number"), "volume",
                alphafold.extra().get("volume")));
        assertEquals("<p>Read with the group</p>", alphafold.noteHtml());
        assertEquals(List.of("protein folding", "structure"), alphafold.tags());
        String everything = alphafold.extra() + " " + alphafold.links();
        assertFalse(everything.contains("Zotero/storage"), "the curator's own copy stays on their disk: " + everything);
        assertFalse(everything.contains("ABCD1234") || everything.contains("2024-01-02"), everything);

        PaperEntry distilling = entry(export, "Distilling the Knowledge in a Neural Network");
        assertEquals(List.of("Geoffrey Hinton"), distilling.authors(), "one name with its comma is one author");
        assertEquals(Optional.of("1503.02531"), distilling.arxivId());
        assertEquals(Optional.of(LocalDate.of(2015, 3, 9)), distilling.published());
        assertEquals(List.of(), warnings);
    }

    /**
     * Zotero writes every author "Family, Given", an organisation as its name alone: an organisation first in the
     * sheet does not make the other papers' authors "Vaswani", "Ashish", nor does a collection of one-author papers.
     */
    @Test
    void zoterosAuthorsAreInReadingOrderWithAnOrganisationAmongThemOrOneAuthorToEveryPaper() throws IOException {
        DigestFile export = read("zotero.csv", """
                "Key","Item Type","Author","Title","Url"
                "A1","report","OpenAI; Achiam, Josh","GPT-4 Technical Report","https://arxiv.org/abs/2303.08774"
                "B2","journalArticle","Vaswani, Ashish; Shazeer, Noam","Attention Is All You Need","https://arxiv.org/abs/1706.03762"
                """);
        assertEquals(List.of("OpenAI", "Josh Achiam"), entry(export, "GPT-4 Technical Report").authors());
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), entry(export, "Attention Is All You Need").authors());

        DigestFile single = read("single.csv", """
                "Key","Item Type","Author","Title","Url"
                "C3","preprint","Hinton, Geoffrey","Distilling the Knowledge in a Neural Network","http://arxiv.org/abs/1503.02531"
                """);
        assertEquals(List.of("Geoffrey Hinton"), entry(single, "Distilling the Knowledge in a Neural Network").authors());
        assertEquals(List.of(), warnings);
    }

    /**
     * A sheet's own column of names decides as a list in any digest does ({@link FamilyNamesFirst}): names whose every
     * part before a comma is a whole name were turned round into "MIT Jane Doe" by the column's own check; a name of
     * that shape in a column otherwise family name first is kept as written, and said at its row.
     */
    @Test
    void aSheetsColumnOfNamesIsReadFamilyNameFirstOnlyWhereAListInAnyDigestWouldBe() throws IOException {
        DigestFile affiliations = read("group.csv", """
                Title,Authors,Link
                Attention Is All You Need,"Jane Doe, MIT; John Roe, Stanford",https://arxiv.org/abs/1706.03762
                """);
        assertEquals(List.of("Jane Doe, MIT", "John Roe, Stanford"),
                entry(affiliations, "Attention Is All You Need").authors());
        assertEquals(List.of(), warnings);

        DigestFile mixed = read("mixed.csv", """
                Title,Authors,Link
                Attention Is All You Need,"Jane Doe, MIT; Roe, John",https://arxiv.org/abs/1706.03762
                BERT,"Devlin, Jacob; Chang, Ming-Wei",https://arxiv.org/abs/1810.04805
                Distilling the Knowledge in a Neural Network,"Hinton, Geoffrey",http://arxiv.org/abs/1503.02531
                """);
        assertEquals(List.of("Jane Doe, MIT", "John Roe"), entry(mixed, "Attention Is All You Need").authors());
        assertEquals(List.of("Jacob Devlin", "Ming-Wei Chang"), entry(mixed, "BERT").authors());
        assertEquals(List.of("Geoffrey Hinton"), entry(mixed, "Distilling the Knowledge in a Neural Network").authors());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("mixed.csv:2: the names mix two shapes"), warnings.get(0));
        assertTrue(warnings.get(0).contains("'Jane Doe, MIT' is kept as written"), warnings.get(0));
    }

    /**
     * Zotero's Extra field, in its CSV export as in its CSL JSON's note: its lines that give an identifier are the
     * item's ("arXiv:1810.04805 [cs]", Better BibTeX's "Citation Key: devlin2018bert"), and were shown as metadata
     * ("Extra: arXiv:1810.04805 [cs]"), the key not cited by. Other lines stay; a sheet's own "Extra" column is its own.
     */
    @Test
    void zoterosExtraColumnGivesTheIdentifiersItsLinesNameAndKeepsTheRest() throws IOException {
        DigestFile export = read("zotero.csv", """
                "Key","Item Type","Author","Title","Url","Extra"
                "QWER1234","preprint","Devlin, Jacob","BERT","https://example.org/bert","arXiv:1810.04805 [cs]
                Citation Key: devlin2018bert
                tex.ids: devlin2019"
                """);
        PaperEntry bert = entry(export, "BERT");
        assertEquals(Optional.of("1810.04805"), bert.arxivId());
        assertEquals("devlin2018bert", bert.extra().get(io.github.paperdigest.model.WrittenCitationKey.KEY));
        assertEquals("tex.ids: devlin2019", bert.extra().get("extra"));

        DigestFile own = read("own.csv", """
                Title,URL,Extra
                A Paper,https://example.org/a,arXiv:1810.04805 [cs]
                """);
        assertEquals(Optional.empty(), entry(own, "A Paper").arxivId());
        assertEquals("arXiv:1810.04805 [cs]", entry(own, "A Paper").extra().get("extra"));
        assertEquals(List.of(), warnings);
    }

    /** "Key" and "Date Added" are Zotero's bookkeeping in its export only: in a sheet of one's own they are kept. */
    @Test
    void aSheetOfOnesOwnKeepsItsKeyAndDateAddedColumns() throws IOException {
        DigestFile sheet = read("papers.csv", """
                Title,URL,Key,Date Added
                A Paper,https://example.org/a,sparse attention,2024-02-01
                """);

        PaperEntry paper = entry(sheet, "A Paper");
        assertEquals("sparse attention", paper.extra().get("key"));
        assertEquals("2024-02-01", paper.extra().get("date added"));
    }

    @Test
    void aColumnNamedMoreAuthorsIsKeptAndNeverMarksTheListAsCut() throws IOException {
        PaperEntry paper = entry(read("papers.csv", """
                Title,Authors,URL,More authors
                A Paper,Ada Lovelace,https://example.org/a,see the slides
                """), "A Paper");

        assertFalse(io.github.paperdigest.model.MoreAuthors.marked(paper.extra()), paper.extra().toString());
        assertEquals("see the slides", paper.extra().get("more authors (as the digest gives it)"));
    }

    @Test
    void aColumnWithoutANameKeepsItsCellsUnderItsPlace() throws IOException {
        DigestFile sheet = read("papers.csv", """
                Title,URL,
                A Paper,https://example.org/a,discussed twice
                """);

        assertEquals("discussed twice", entry(sheet, "A Paper").extra().get("column 3"));
    }

    @Test
    void aTitleColumnHoldsTheTitlesBesideAPaperColumnOfShortNames() throws IOException {
        DigestFile sheet = read("2024-03-07-reading-group.csv", """
                Paper,Title,Link
                BERT,"BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",https://arxiv.org/abs/1810.04805
                """);

        PaperEntry bert = entry(sheet, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        assertEquals("BERT", bert.extra().get("paper"), "the short name is kept, as more about the paper");
        assertEquals(List.of(), warnings);
    }

    @Test
    void twoColumnsNamedTitleAreAnErrorNamingBoth() {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.csv", """
                Title,Link,Title
                Good Paper,https://example.org/good,Another Paper
                """));

        assertEquals("papers.csv:1: the first row names 2 columns of titles, 'Title' (column 1) and 'Title' (column 3):"
                + " which one holds the titles cannot be told. Rename the others", e.getMessage());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderNamesItsLineAndTheFix() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.csv", """
                Title,URL
                Good Paper,https://example.org/good
                Bad, Paper,https://example.org/bad
                """));

        assertEquals("papers.csv:3: a row has 3 cells but the first row names 2 columns: put a cell that holds a ','"
                + " in double quotes", e.getMessage());
    }

    @Test
    void aQuoteThatNeverClosesIsAnErrorAtTheLineThatOpenedIt() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.csv", """
                Title,URL
                Good Paper,https://example.org/good
                "Unclosed Paper,https://example.org/bad
                Another Paper,https://example.org/another
                """));

        assertTrue(e.getMessage().startsWith("papers.csv:3: a quoted cell opens here and never closes"), e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorRatherThanQuotesLostFromTheTitle() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.tsv",
                "Title\tURL\nA Paper\thttps://example.org/a\n\"Why Should I Trust You?\": Explaining\thttps://example.org/b\n"));

        assertEquals("papers.tsv:3: ':' follows the closing quote of the quoted cell \"Why Should I Trust You?\": put the"
                + " whole cell in quotes and write each '\"' inside it as '\"\"'", e.getMessage());
    }

    @Test
    void whiteSpaceAfterAClosingQuoteIsNoText() throws IOException {
        DigestFile sheet = read("papers.csv", "Title,URL\n\"A, Paper\"  ,https://example.org/a\n");

        assertEquals(List.of("A, Paper"), sheet.entries().stream().map(PaperEntry::title).toList());
    }

    @Test
    void aSheetWithoutAColumnOfTitlesSaysWhichColumnsItFound() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.csv", """
                Name of the paper,Where
                Good Paper,https://example.org/good
                """));

        assertEquals("papers.csv:1: the first row names no column of titles (its columns, split at ',': Name of the"
                + " paper, Where): name the column of titles 'Title' or 'Paper'", e.getMessage());
    }

    @Test
    void aRowWithoutATitleIsAnErrorNamingTheColumn() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.csv", """
                Title,URL
                ,https://example.org/untitled
                """));

        assertEquals("papers.csv:2: a row without a title (column 'Title' is empty)", e.getMessage());
    }

    @Test
    void emptyRowsRepeatedHeadersAndTrailingEmptyCellsAreNoPapers() throws IOException {
        DigestFile sheet = read("papers.csv", "\uFEFFTitle,URL\r\n,\r\nOnly Paper,https://example.org/only,,\r\n"
                + "Title,URL\r\n\r\n");

        assertEquals(List.of("Only Paper"), sheet.entries().stream().map(PaperEntry::title).toList());
    }

    @Test
    void aRowWithATitleAndNoAbstractIdentifierOrLinkSaysWhereTheAbstractGoes() throws IOException {
        DigestException e = assertThrows(DigestException.class, () -> read("papers.csv", """
                Title,Presenter
                Lonely Paper,Ana
                """));

        assertEquals("papers.csv:2: \"Lonely Paper\" has no abstract, identifier or link, nor authors and a year: give"
                + " at least one, so that its page can say where to read it", e.getMessage());
    }

    /**
     * A quote inside a cell that did not start with one is a character: a line of a million of them is read as
     * quickly as a million letters, not by looking back over the cell at each one (which took minutes).
     */
    @Test
    void aCellOfAMillionQuotesIsReadAsQuicklyAsAnyOther() {
        String quotes = "\"".repeat(1_000_000);
        DigestFile sheet = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("quotes.csv",
                "Title,URL,Notes\nA Paper,https://example.org/a,x" + quotes + "\n"));

        assertEquals("<p>x" + "&quot;".repeat(1_000_000) + "</p>", entry(sheet, "A Paper").noteHtml());
    }

    private DigestFile read(String name, String text) throws IOException {
        Path file = Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        DigestSource source = new DigestSource(name, file);
        return FORMATS.readerFor(source).orElseThrow().read(source, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }

    private static PaperEntry entry(DigestFile digest, String title) {
        return digest.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + digest.entries().stream().map(PaperEntry::title).toList()));
    }
}
