package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one registry of digest formats: which reader reads which file, and what the README and messages name. */
class DigestFormatsTest {

    private static final DigestFormats FORMATS = DigestFormats.standard(new LinkFinder(), new LinkClassifier(),
            new HtmlSanitizer());

    @TempDir
    Path dir;

    @Test
    void everyExtensionTheRegistryReadsIsDocumentedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String formats = readme.substring(readme.indexOf("## Digest formats"), readme.indexOf("## Tags, topic hubs"));
        for (String extension : FORMATS.extensions()) {
            assertTrue(formats.contains("`." + extension + "`"), "README's Digest formats names ." + extension);
        }
        for (DigestReader reader : FORMATS.readers()) {
            assertTrue(FORMATS.extensions().containsAll(reader.extensions()), reader.format());
        }
    }

    /** What {@code mvn paper-digest:help -Ddetail} says of digestDirectory: it once named five extensions of fifteen. */
    @Test
    void theDigestDirectoryParameterNamesEveryExtensionTheRegistryReads() throws IOException {
        String mojo = Files.readString(Path.of("src/main/java/io/github/paperdigest/maven/PaperDigestMojo.java"),
                StandardCharsets.UTF_8);
        String doc = mojo.substring(mojo.lastIndexOf("/**", mojo.indexOf("private File digestDirectory;")),
                mojo.indexOf("private File digestDirectory;"));
        for (String extension : FORMATS.extensions()) {
            assertTrue(doc.contains("{@code ." + extension + "}"), "digestDirectory's description names ." + extension);
        }
    }

    @Test
    void formatsThatShareAnExtensionAreToldApartByContent() throws IOException {
        assertEquals("arxiv-listing", formatOf("listing.txt", "----------------------------------------\n\\\\\n"
                + "arXiv:2509.01442\nTitle: Quantum Brush\n\\\\\n  An abstract.\n\\\\\n"));
        assertEquals("text", formatOf("daily.txt", "Daily Papers\n\nA Title\n\nAn abstract that mentions arXiv:2509.01442.\n"));
        assertEquals("csl-json", formatOf("zotero.json", "[{\"type\": \"article\", \"title\": \"T\", \"issued\":"
                + " {\"date-parts\": [[2025]]}}]"));
        assertEquals("json", formatOf("hf.json", "[{\"paper\": {\"id\": \"2509.01442\", \"title\": \"T\"}}]"));
        assertEquals("arxiv-atom", formatOf("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"));
        assertEquals("none", formatOf("pom.xml", "<project/>"));
        assertEquals("bibtex", formatOf("refs.bib", "@article{a, title = {T}}"));
        assertEquals("ris", formatOf("refs.ris", "TY  - JOUR\nER  - \n"));
        assertEquals("csv", formatOf("sheet.csv", "Title,URL\n"));
        assertEquals("csv", formatOf("sheet.tsv", "Title\tURL\n"));
        assertEquals("arxiv-listing", formatOf("mail.eml", "From: arXiv\n"));
    }

    @Test
    void theDebugLogSaysPerFileWhichShapeWasRecognisedAndHowManyPapersItGave() throws IOException {
        write("keywords.md", "## Graphics\n| Title | Abstract |\n| --- | --- |\n"
                + "| [Quantum Brush](https://arxiv.org/abs/2509.01442) | An abstract of the paper. |\n");
        write("refs.bib", "@article{a,\n  title = {A Title},\n  doi = {10.1000/a}\n}\n");
        write("notes.pdf", "%PDF");
        List<String> debug = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        DigestFolder folder = new DigestFolder(FORMATS, warnings::add, debug::add);
        folder.read(folder.sources(dir), DigestProblems.strict(w -> { }));
        assertEquals(List.of("keywords.md: read as markdown (table rows: 1, 1 section), 1 paper",
                "refs.bib: read as bibtex, 1 paper"), debug);
        assertEquals(List.of("notes.pdf: not a digest format the plugin reads (" + FORMATS.extensionList() + "); ignored"),
                warnings);
        assertTrue(FORMATS.extensionList().startsWith(".atom, .bib, .bibtex, .csv, .eml, .json"), FORMATS.extensionList());
    }

    /** ".xml" is in the list of extensions read: a .xml file that is no Atom feed is told that, not that .xml is unknown. */
    @Test
    void aFileOfAnExtensionReadOnlyInSomeShapesIsToldTheShapesItIsNot() throws IOException {
        write("pom.xml", "<project/>");
        List<String> warnings = new ArrayList<>();
        DigestFolder folder = new DigestFolder(FORMATS, warnings::add, line -> { });
        folder.read(folder.sources(dir), DigestProblems.strict(w -> { }));
        assertEquals(List.of("pom.xml: holds none of the shapes the plugin reads from a .xml file (arxiv-atom); ignored"),
                warnings);
    }

    /** A link reads by its target's name: the warning says so, where the link's own name would say another format. */
    @Test
    void aLinkWhoseTargetHasNoDigestExtensionIsToldByBothNames() throws IOException {
        Files.createDirectories(dir.resolve("kept"));
        write("kept/readinggroup", "## A Paper\n\nAn abstract of the paper, long enough to be one.\n");
        Files.createSymbolicLink(dir.resolve("2025-02-01-linked.md"), Path.of("kept/readinggroup"));
        List<String> warnings = new ArrayList<>();
        DigestFolder folder = new DigestFolder(FORMATS, warnings::add, line -> { });
        folder.read(folder.sources(dir), DigestProblems.strict(w -> { }));
        assertTrue(warnings.contains("2025-02-01-linked.md, a link to readinggroup, whose name decides its format: not a"
                + " digest format the plugin reads (" + FORMATS.extensionList() + "); ignored"), warnings.toString());
    }

    private String formatOf(String name, String content) throws IOException {
        Path file = write(name, content);
        return FORMATS.readerFor(new DigestSource(name, file)).map(DigestReader::format).orElse("none");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
