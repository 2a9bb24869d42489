package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metadata list under a paper's heading ("- authors: …", "- code: …"): a warning about one of its items names the
 * line of that item, the one to fix, whatever the items above it hold or however many lines they take.
 */
class MarkdownMetadataListTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void eachWarningAboutAnItemNamesTheItemsOwnLine() throws IOException {
        PaperEntry paper = onlyPaper("""
                ---
                title: Reading group, March
                ---

                ## Layer Normalization

                - authors: Jimmy Lei Ba, Jamie Ryan Kiros,
                  Geoffrey E. Hinton
                - date: last spring
                - arxiv: soon
                - doi: pending
                - upvotes: many
                - code: github.com/ryankiros/layer-norm
                - tgas: normalization

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);

        assertEquals(List.of("Jimmy Lei Ba", "Jamie Ryan Kiros", "Geoffrey E. Hinton"), paper.authors(),
                "an item wrapped over two lines is one item");
        assertEquals(List.of(
                "reading.md:9: 'last spring' is not a date (such as 2020-10-15, 15 Oct 2020, Oct 15, 2020, 2020/10/15, 2020-10 or 2020); ignored",
                "reading.md:10: 'soon' is not an arXiv id (such as 2401.01234); kept as extra metadata",
                "reading.md:11: 'pending' is not a DOI (such as 10.1145/3292500.3330701); kept as extra metadata",
                "reading.md:12: upvotes 'many' is not a whole number; kept as extra metadata",
                "reading.md:13: 'github.com/ryankiros/layer-norm' is not an http(s) link; ignored",
                "reading.md:14: 'tgas' is not a key the plugin reads, so its value is shown as it is, as more about the"
                        + " paper; did you mean 'tags'?"), warnings);
    }

    @Test
    void aFrontMatterDateThatIsNoDateIsToldAtItsOwnLine() throws IOException {
        onlyPaper("""
                ---
                title: Reading group, March
                source: https://huggingface.co/papers
                date: the third week
                ---

                ## Layer Normalization

                - arxiv: 1607.06450

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);

        assertEquals(List.of("reading.md:4: 'the third week' is not a date (such as 2020-10-15, 15 Oct 2020, Oct 15, 2020, 2020/10/15, 2020-10 or 2020); ignored"), warnings);
    }

    @Test
    void aLinkThatNamesAnotherArxivPaperThanTheStatedIdIsToldAtTheLinksItem() throws IOException {
        PaperEntry paper = onlyPaper("""
                ## Layer Normalization

                - arxiv: 1607.06450
                - authors: Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton
                - pdf: https://arxiv.org/pdf/1706.03762

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);

        assertEquals(Optional.of("1607.06450"), paper.arxivId());
        assertEquals(List.of("reading.md:5: \"Layer Normalization\" has the arXiv id 1607.06450, but its link"
                + " https://arxiv.org/pdf/1706.03762 names 1706.03762; 1607.06450 is used: correct the one that is wrong"),
                warnings);
    }

    @Test
    void linksToTwoArxivPapersAreToldAtTheItemOfTheSecond() throws IOException {
        PaperEntry paper = onlyPaper("""
                ## Layer Normalization

                - paper: https://arxiv.org/abs/1607.06450
                - authors: Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton
                - pdf: https://arxiv.org/pdf/1706.03762

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);

        assertEquals(Optional.empty(), paper.arxivId());
        assertEquals(List.of("reading.md:5: \"Layer Normalization\" links to two arXiv papers as its own, 1607.06450"
                + " (https://arxiv.org/abs/1607.06450) and 1706.03762 (https://arxiv.org/pdf/1706.03762): neither is taken"
                + " as its arXiv id; give it an 'arxiv:' line, or link the other paper under its name"), warnings);
    }

    /** Markdown reads a line right under a list item as more of the item: the abstract is then in the list. */
    @Test
    void anAbstractRightUnderTheListWithoutABlankLineIsToldAsThat() throws IOException {
        PaperDigestException e = assertThrows(PaperDigestException.class, () -> ReadOneDigest.digest(dir, "reading.md", """
                ## Layer Normalization
                - arxiv: 1607.06450
                Training state-of-the-art, deep neural networks is computationally expensive.
                """, DigestProblems.strict(w -> warnings.add(w.getMessage()))));

        assertTrue(e.getMessage().startsWith("reading.md:3: \"Layer Normalization\" has no abstract: the text under its"
                + " metadata list is read as more of the list's last item, 'arxiv: 1607.06450 Training"), e.getMessage());
        assertTrue(e.getMessage().endsWith("leave a blank line between the list and the abstract"), e.getMessage());
    }

    /** A heading over a list whose items link nowhere a reader can go is said as that, not as a missing abstract. */
    @Test
    void aHeadingOverAListOfUnlinkedTitlesIsToldAsAListInNoShapeRead() throws IOException {
        PaperDigestException e = assertThrows(PaperDigestException.class, () -> ReadOneDigest.digest(dir, "reading.md", """
                # 2021 August
                ## Full List of papers - updated weekly
                * GIRAFFE : Representing Scenes as Compositional Generative Neural Feature Fields ([Jinoh](./summary/jinoh_1.md))
                * GANSpace: Discovering Interpretable GAN Controls ([Jinoh](./summary/jinoh_4.md))
                """, DigestProblems.strict(w -> warnings.add(w.getMessage()))));

        assertTrue(e.getMessage().startsWith("reading.md:2: \"Full List of papers - updated weekly\" is a paper heading"
                + " (##) with no abstract, over a list of 2 items in no shape read as papers"), e.getMessage());
    }

    @Test
    void aSourceOfAnotherSchemeThanHttpIsToldNotDroppedWithoutAWord() throws IOException {
        onlyPaper("""
                ---
                title: Reading group, March
                source: javascript:alert(document.cookie)
                ---

                ## Layer Normalization

                - arxiv: 1607.06450

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);

        assertEquals(List.of("reading.md:3: source 'javascript:alert(document.cookie)' is not an http(s) link; the"
                + " digest's page does not link to it"), warnings);
    }

    /**
     * A key of the curator's own whose value is a link: its address is kept as the paper's (it was dropped, the label
     * alone kept), and an address no reader can follow is said once, at the item's line.
     */
    @Test
    void aLinkInAKeyOfTheCuratorsOwnIsKeptAndAnAddressNoOneCanFollowIsSaidOnce() throws IOException {
        PaperEntry paper = onlyPaper("""
                ## Layer Normalization

                - arxiv: 1607.06450
                - slides: [slides](https://example.org/ln.pdf)
                - poster: [poster](poster.pdf)

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);

        assertEquals("https://example.org/ln.pdf", paper.extra().get("slides"));
        assertTrue(paper.links().stream().anyMatch(l -> l.url().equals("https://example.org/ln.pdf")),
                paper.links().toString());
        assertEquals("poster", paper.extra().get("poster"));
        assertEquals(List.of("reading.md:5: 'poster.pdf' is not an http(s) link; ignored"), warnings);
    }

    /**
     * Authors pasted from a reference manager, family name first: Zotero's "Vaswani, Ashish; Shazeer, Noam" and a
     * BibTeX field's "Vaswani, Ashish and Shazeer, Noam". They were shown as "Vaswani, Ashish", and the BibTeX form as
     * four authors, "Vaswani", "Ashish", "Shazeer" and "Noam", without a word.
     */
    @Test
    void authorsWrittenFamilyNameFirstAsReferenceManagersWriteThemAreReadInReadingOrder() throws IOException {
        for (String written : List.of("Vaswani, Ashish; Shazeer, Noam; Parmar, Niki",
                "Vaswani, Ashish and Shazeer, Noam and Parmar, Niki")) {
            PaperEntry paper = onlyPaper("""
                    ## Attention Is All You Need

                    - arxiv: 1706.03762
                    - authors: %s

                    The dominant sequence transduction models are based on complex recurrent networks.
                    """.formatted(written));

            assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar"), paper.authors(), written);
        }
        PaperEntry organisation = onlyPaper("""
                ## GPT-4 Technical Report

                - arxiv: 2303.08774
                - authors: OpenAI; Achiam, Josh; Adler, Steven

                We report the development of GPT-4, a large-scale, multimodal model.
                """);
        assertEquals(List.of("OpenAI", "Josh Achiam", "Steven Adler"), organisation.authors());
        PaperEntry readingOrder = onlyPaper("""
                ## Layer Normalization

                - arxiv: 1607.06450
                - authors: Jimmy Lei Ba, Jamie Ryan Kiros and Geoffrey E. Hinton

                Training state-of-the-art, deep neural networks is computationally expensive.
                """);
        assertEquals(List.of("Jimmy Lei Ba", "Jamie Ryan Kiros", "Geoffrey E. Hinton"), readingOrder.authors(),
                "names in reading order between commas and a last \"and\" are as written");
        PaperEntry suffixes = onlyPaper("""
                ## Stride Toward Freedom

                - doi: 10.1000/stride
                - authors: Martin Luther King, Jr. and John Smith, III

                We study how a movement keeps going.
                """);
        assertTrue(suffixes.authors().stream().noneMatch(name -> name.startsWith("Jr. ") || name.startsWith("III ")),
                "a suffix after a comma is no given name: " + suffixes.authors());
        assertEquals(List.of(), warnings);
    }

    /**
     * A name in reading order whose comma comes before its suffix ("Guy L. Steele, Jr.") is no name family name first:
     * between semicolons it was read as "Jr. Guy L. Steele", and between "and" as "Jr. Guy L. Steele" and "III Richard
     * P. Gabriel", without a word.
     */
    @Test
    void aNameWhoseCommaComesBeforeItsSuffixIsKeptInReadingOrder() throws IOException {
        Map<String, List<String>> read = Map.of(
                "Guy L. Steele, Jr.; Richard P. Gabriel", List.of("Guy L. Steele, Jr.", "Richard P. Gabriel"),
                "Guy L. Steele, Jr. and Richard P. Gabriel, III", List.of("Guy L. Steele, Jr.", "Richard P. Gabriel, III"));
        for (Map.Entry<String, List<String>> names : read.entrySet()) {
            PaperEntry paper = onlyPaper("""
                    ## The Evolution of Lisp

                    - authors: %s

                    Lisp is the world's greatest programming language, or so its proponents think.
                    """.formatted(names.getKey()));

            assertEquals(names.getValue(), paper.authors(), names.getKey());
        }
        assertEquals(List.of(), warnings);
    }

    /**
     * A given name that reads as a Roman numeral ("Chen, Xi", "Zhang, Vi") is a given name: taken for a suffix, it made
     * the whole list be read as written, "Chen, Xi" shown as a name and the other names family name first.
     */
    @Test
    void aGivenNameThatReadsAsARomanNumeralIsAGivenName() throws IOException {
        for (String written : List.of("Vaswani, Ashish; Chen, Xi", "Vaswani, Ashish and Chen, Xi")) {
            PaperEntry paper = onlyPaper("""
                    ## Attention Is All You Need

                    - arxiv: 1706.03762
                    - authors: %s

                    The dominant sequence transduction models are based on complex recurrent networks.
                    """.formatted(written));

            assertEquals(List.of("Ashish Vaswani", "Xi Chen"), paper.authors(), written);
        }
        assertEquals(List.of(), warnings);
    }

    /**
     * Where every part before a comma is a whole name, the commas set off something else: an affiliation, or the next
     * name of a list in reading order with an "and" in it. Such a list is read as it was before family-name-first
     * lists were, never turned round into "MIT Jane Doe". A family name with particles is one word still.
     */
    @Test
    void namesWhoseEveryPartBeforeACommaIsAWholeNameAreNotTurnedRound() throws IOException {
        Map<String, List<String>> read = Map.of(
                "Jane Doe, MIT; John Roe, Stanford", List.of("Jane Doe, MIT", "John Roe, Stanford"),
                "Ashish Vaswani, Noam Shazeer and Niki Parmar, Jakob Uszkoreit",
                List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"),
                "van der Berg, Jan; de Silva, Ana", List.of("Jan van der Berg", "Ana de Silva"));
        for (Map.Entry<String, List<String>> names : read.entrySet()) {
            PaperEntry paper = paperWithAuthors(names.getKey());

            assertEquals(names.getValue(), paper.authors(), names.getKey());
        }
    }

    /**
     * A name family name first with its suffix last ("King, Martin Luther, Jr.", as reference managers write it) is one
     * of a list family name first: its second comma refused the whole list, shown as written ("Roe, John").
     */
    @Test
    void aNameFamilyNameFirstWithItsSuffixIsOneOfTheList() throws IOException {
        PaperEntry paper = onlyPaper("""
                ## Letter from Birmingham Jail

                - authors: King, Martin Luther, Jr.; Roe, John

                An open letter.
                """);

        assertEquals(List.of("Martin Luther King Jr.", "John Roe"), paper.authors());
        assertEquals(List.of(), warnings);
    }

    /**
     * A capitalised particle is a given name as often ("Le Song", "Di He"), and "Bin" no particle: names with such a word
     * before their comma are no sign of a list family name first, whose affiliation was made their given name ("Georgia
     * Tech Le Song", "Tsinghua University Bin Dai") without a word.
     */
    @Test
    void aGivenNameSpeltAsAParticleIsNoSignOfFamilyNamesFirst() throws IOException {
        Map<String, List<String>> read = Map.of(
                "Le Song, Georgia Tech; Di He, Peking University",
                List.of("Le Song, Georgia Tech", "Di He, Peking University"),
                "Bin Dai, Tsinghua University; Bin Yu, UC Berkeley",
                List.of("Bin Dai, Tsinghua University", "Bin Yu, UC Berkeley"));
        for (Map.Entry<String, List<String>> names : read.entrySet()) {
            PaperEntry paper = paperWithAuthors(names.getKey());

            assertEquals(names.getValue(), paper.authors(), names.getKey());
        }
    }

    /**
     * A list of both shapes ("Jane Doe, MIT; Roe, John") was turned round whole, "MIT Jane Doe" without a word. Each
     * name is read by its own shape: one with a family name before its comma is turned round, one with more than a
     * family name there is kept as written, and a warning at the item's line names it and the fix.
     */
    @Test
    void aListOfBothShapesTurnsRoundOnlyTheNamesWrittenFamilyNameFirstAndSaysWhichItKept() throws IOException {
        Map<String, List<String>> read = Map.of(
                "Jane Doe, MIT; Roe, John", List.of("Jane Doe, MIT", "John Roe"),
                "García Márquez, Gabriel; Vaswani, Ashish", List.of("García Márquez, Gabriel", "Ashish Vaswani"));
        for (Map.Entry<String, List<String>> names : read.entrySet()) {
            warnings.clear();
            PaperEntry paper = paperWithAuthors(names.getKey());

            assertEquals(names.getValue(), paper.authors(), names.getKey());
            assertEquals(1, warnings.size(), warnings.toString());
            String kept = names.getValue().get(0);
            assertTrue(warnings.get(0).startsWith("reading.md:3: the names mix two shapes"), warnings.get(0));
            assertTrue(warnings.get(0).contains("'" + kept + "' is kept as written"), warnings.get(0));
            assertTrue(warnings.get(0).contains("in reading order"), "names the fix: " + warnings.get(0));
        }
    }

    /**
     * One author family name first with initials ("Vaswani, A.", "van der Berg, J. P.") is one name, not the two
     * authors "Vaswani" and "A."; with given names written out ("Ho, Chan") it is two authors by their family names,
     * as a table of papers writes them. An affiliation is no given name.
     */
    @Test
    void oneAuthorFamilyNameFirstWithInitialsIsOneName() throws IOException {
        Map<String, List<String>> read = Map.of(
                "Vaswani, A.", List.of("A. Vaswani"),
                "Vaswani, A. S.", List.of("A. S. Vaswani"),
                "van der Berg, J.-P.", List.of("J.-P. van der Berg"),
                "Ho, Chan", List.of("Ho", "Chan"),
                "Doe, MIT", List.of("Doe", "MIT"),
                "Jane Doe, J. Roe", List.of("Jane Doe", "J. Roe"));
        for (Map.Entry<String, List<String>> names : read.entrySet()) {
            warnings.clear();
            PaperEntry paper = paperWithAuthors(names.getKey());

            assertEquals(names.getValue(), paper.authors(), names.getKey());
            assertEquals(List.of(), warnings, names.getKey());
        }
    }

    /**
     * In a list family name first, a family name of one word beside particles written with a capital ("Van Gogh") is a
     * family name first; so is a family name that is a particle's word alone ("Le, Quoc", "Du, Simon").
     */
    @Test
    void capitalisedParticlesAndFamilyNamesSpeltAsParticlesAreFamilyNames() throws IOException {
        Map<String, List<String>> read = Map.of(
                "Van Gogh, Vincent; Le Cun, Yann; Bengio, Yoshua", List.of("Vincent Van Gogh", "Yann Le Cun",
                        "Yoshua Bengio"),
                "Le, Quoc; Du, Simon", List.of("Quoc Le", "Simon Du"));
        for (Map.Entry<String, List<String>> names : read.entrySet()) {
            PaperEntry paper = onlyPaper("""
                    ## Sequence to Sequence Learning

                    - authors: %s

                    Deep neural networks are powerful models.
                    """.formatted(names.getKey()));

            assertEquals(names.getValue(), paper.authors(), names.getKey());
        }
        assertEquals(List.of(), warnings);
    }

    /** A curator who wonders how a list was read finds it in the debug log (mvn -X), at the item's line. */
    @Test
    void theDebugLogNamesTheReadingOfAListOfNamesFamilyNameFirst() throws IOException {
        List<String> debug = new ArrayList<>();
        DigestProblems problems = new DigestProblems() {
            @Override
            public void report(DigestException problem) {
                throw problem;
            }

            @Override
            public void warn(DigestException notice) {
                warnings.add(notice.getMessage());
            }

            @Override
            public void debug(String sourceName, int line, String message) {
                debug.add(new DigestException(sourceName, line, message).getMessage());
            }

            @Override
            public boolean stopsOnProblem() {
                return true;
            }
        };
        ReadOneDigest.digest(dir, "reading.md", """
                ## Attention Is All You Need

                - authors: Vaswani, Ashish; Shazeer, Noam

                The dominant sequence transduction models are based on complex recurrent networks.
                """, problems);

        assertEquals(List.of("reading.md:3: 'Vaswani, Ashish; Shazeer, Noam' read family name first: Ashish Vaswani,"
                + " Noam Shazeer"), debug);
        assertEquals(List.of(), warnings);
    }

    /**
     * A DOI's address with an escape that is no UTF-8 character ("%E9", Latin-1's é) named the DOI "10.1000/caf\uFFFD"
     * without a word. It names none: the link is kept, and a warning names the line, the escape and the fix.
     */
    @Test
    void aDoisAddressWithAnEscapeThatIsNoUtf8CharacterGivesNoDoiAndSaysWhy() throws IOException {
        PaperEntry linked = onlyPaper("""
                ## Attention Is All You Need

                - paper: https://doi.org/10.1000/caf%E9

                The dominant sequence transduction models are based on complex recurrent networks.
                """);

        assertEquals(Optional.empty(), linked.doi());
        assertEquals(List.of("https://doi.org/10.1000/caf%E9"), linked.links().stream().map(l -> l.url()).toList());
        assertEquals(List.of("reading.md:3: the link https://doi.org/10.1000/caf%E9 names no DOI: its escape %E9 is no"
                + " UTF-8 character, as doi.org reads escapes (é is %C3%A9, where Latin-1 writes %E9): write the DOI as"
                + " its publisher gives it; it is kept as a link, and the paper has no DOI from it"), warnings);

        warnings.clear();
        PaperEntry field = onlyPaper("""
                ## Attention Is All You Need

                - doi: https://doi.org/10.1000/caf%E9
                - paper: https://example.org/attention

                The dominant sequence transduction models are based on complex recurrent networks.
                """);
        assertEquals(Optional.empty(), field.doi());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("reading.md:3: 'https://doi.org/10.1000/caf%E9' is not a DOI"), warnings.get(0));
        assertTrue(warnings.get(0).contains("its escape %E9 is no UTF-8 character"), warnings.get(0));
    }

    private PaperEntry onlyPaper(String content) throws IOException {
        List<PaperEntry> entries = ReadOneDigest.digest(dir, "reading.md", content,
                DigestProblems.strict(w -> warnings.add(w.getMessage()))).entries();
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    /** The one paper of a digest whose metadata list names its authors as {@code written}. */
    private PaperEntry paperWithAuthors(String written) throws IOException {
        return onlyPaper("""
                ## Attention Is All You Need

                - authors: %s

                The dominant sequence transduction models are based on complex recurrent networks.
                """.formatted(written));
    }
}
