package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.digest.BibTexDigestReader;
import io.github.paperdigest.digest.CslJsonDigestReader;
import io.github.paperdigest.digest.DigestProblems;
import io.github.paperdigest.digest.DigestReader;
import io.github.paperdigest.digest.DigestSource;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.site.Citation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words whose case a curator protected stay protected in the BibTeX the site writes: the page shows the title
 * as plain text, and the entry braces those words again, so that a style that lowers the title's words does not
 * print "markov" or "python".
 */
class BibTexKeptCaseTest {

    @TempDir
    Path dir;

    @Test
    void theWordsADigestBracedAreBracedInTheTitleAndTheJournal() throws IOException {
        PaperEntry read = readOne(new BibTexDigestReader(new LinkFinder(), new LinkClassifier()), "lib.bib", """
                @article{doe2020markov,
                  title = {Learning {M}arkov chains on {Bayesian} networks for {von Neumann} algebras in {Python}},
                  author = {Doe, Jane},
                  journal = {Journal of {Bayesian} Stuff},
                  year = {2020},
                }
                """);

        assertEquals("Learning Markov chains on Bayesian networks for von Neumann algebras in Python", read.title(),
                "the title is plain text, as pages show it and search indexes it");
        String entry = new BibTex().entry(cited(read));

        assertEquals("  title = {Learning {Markov} chains on {Bayesian} networks for {von Neumann} algebras in {Python}},",
                line(entry, "title"), "a group of words stays one group; {M}arkov keeps the word whole");
        assertEquals("  journal = {Journal of {Bayesian} Stuff},", line(entry, "journal"));
    }

    @Test
    void onlyBracesThatProtectCaseAsBibtexReadsThemAreKept() throws IOException {
        PaperEntry read = readOne(new BibTexDigestReader(new LinkFinder(), new LinkClassifier()), "lib.bib", """
                @misc{k,
                  title = {{Vlogger}: {\\"U}ber {{\\"O}sterreich}, {\\L}{\\'o}d{\\'z}, {$\\beta$}-nets,
                           $\\mathcal{O}(n)$ {with} \\emph{Drosophila} {C++}},
                  author = {Doe, Jane},
                  year = {2020},
                }
                """);

        assertEquals(new TreeSet<>(Set.of("Vlogger", "Österreich", "Drosophila", "C")), read.keptCase(),
                "not a special character ({\\\"U}, {\\L}), whose case styles change all the same; nor a formula;"
                        + " nor a group without a capital; punctuation around a word has no case");
        assertEquals("  title = {{Vlogger}: {\\\"U}ber {{\\\"O}sterreich}, {\\L}{\\'o}d{\\'z}, {$\\beta$}-nets,"
                        + " O(n) with {Drosophila} {C}++},",
                line(new BibTex().entry(cited(read)), "title"));
    }

    @Test
    void aWordIsBracedWhereverItStandsWholeAndNowhereInsideAnother() {
        Set<String> kept = Set.of("Python", "von Neumann", "Neumann");

        assertEquals("{Python}'s (and {Python}) Pythonic {von Neumann} and {Neumann} in {Python}",
                BibTex.title("Python's (and Python) Pythonic von Neumann and Neumann in Python", kept),
                "at one place the longest word wins");
        assertEquals("{LLMs} for {Python} and {$\\beta$}-nets, {Python}{$\\rightarrow$}",
                BibTex.title("LLMs for Python and β-nets, Python→", kept), "inner capitals and symbols as before");
    }

    @Test
    void aTitleWithoutKeptWordsIsWrittenAsBefore() {
        for (String title : List.of("Video-MME: The First-Ever Benchmark of Multi-modal LLMs",
                "50% Fewer Tokens & 2× Faster: Cost_Aware #Video {Search}", "Où est la vidéo? 视频理解", "")) {
            assertEquals(BibTex.title(title), BibTex.title(title, KeptCase.NONE));
            assertEquals(BibTex.escape(title), BibTex.venue(title, KeptCase.NONE));
        }
    }

    @Test
    void cslJsonsNoCaseSpansAreKeptAsBibtexsBraces() throws IOException {
        PaperEntry read = readOne(new CslJsonDigestReader(new LinkFinder(), new LinkClassifier()), "lib.json", """
                [{"type": "article-journal", "title": "Learning <span class=\\"nocase\\">M</span>arkov chains in <span class=\\"nocase\\">von Neumann</span> algebras",
                  "container-title": "Journal of <span class=\\"nocase\\">Bayesian</span> Stuff",
                  "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2020]]}}]
                """);

        assertEquals("Learning Markov chains in von Neumann algebras", read.title());
        assertEquals(Optional.of("Journal of Bayesian Stuff"), read.venue(), "the mark is no text of the venue's");
        String entry = new BibTex().entry(cited(read));
        assertEquals("  title = {Learning {Markov} chains in {von Neumann} algebras},", line(entry, "title"));
        assertEquals("  journal = {Journal of {Bayesian} Stuff},", line(entry, "journal"));
    }

    private PaperEntry readOne(DigestReader reader, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        List<String> warnings = new ArrayList<>();
        List<PaperEntry> entries = reader.read(new DigestSource(name, file),
                DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries();
        assertEquals(List.of(), warnings);
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private static Citation cited(PaperEntry e) {
        SortedSet<String> literal = LiteralAuthors.NONE;
        return new Citation("k", e.title(), e.authors(), literal, Optional.of(2020), Optional.empty(), Optional.empty(),
                Optional.empty(), e.venue(), Optional.empty(), Optional.empty(), Optional.of("article"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                e.keptCase(), Optional.empty(), Optional.empty());
    }

    private static String line(String entry, String field) {
        return entry.lines().filter(l -> l.startsWith("  " + field + " = ")).findFirst().orElse("");
    }
}
