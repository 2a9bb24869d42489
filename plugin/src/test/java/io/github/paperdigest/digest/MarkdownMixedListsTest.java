package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading lists and awesome lists mix papers with other items: blog posts, tools, a line of notes. A list whose items
 * are not mostly papers is not read as papers, for its other items would become papers; but when some of its items
 * are clearly papers (their own link is to arXiv or a DOI, or they give a title and an abstract), the build says so,
 * naming the list's file and line, how many items looked like papers, why the list was not read and how to write it.
 * A table of contents or a list of links to what is no paper is no such list, and is not spoken of.
 */
class MarkdownMixedListsTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aListThatMixesPapersWithOtherItemsIsSaidWithWhyAndHowToWriteIt() throws IOException {
        DigestFile digest = strict("reading.md", """
                # Reading group

                ### Transformers

                - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)
                - BERT [[paper](https://arxiv.org/abs/1810.04805)]
                - Our notes from the first session
                - More talks at https://example.org/talks
                - Slides of the reading group
                """);

        assertEquals(List.of(), digest.entries().stream().map(PaperEntry::title).toList(), "the list is no list of papers");
        assertEquals(1, warnings.size(), warnings.toString());
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("reading.md:5: a list of 5 items is not read as papers, though 2 of them look"
                + " like papers"), warning);
        assertTrue(warning.contains("only 1 of its 5 items lead with a paper's title, and a list is read as papers"
                + " when 6 in 10 of its items do"), warning);
        assertTrue(warning.contains("one paper per item, its title first as a link or in bold"), warning);
    }

    @Test
    void aListOfTitlesWithAbstractsButNoLinkToAPaperIsSaid() throws IOException {
        strict("abstracts.md", """
                ### Classics

                - **Attention Is All You Need**. Abstract: The dominant sequence transduction models are based on recurrent networks.
                - Ask Ada for the printed copies
                """);

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("abstracts.md:3: a list of 2 items is not read as papers, though 1 of them"
                + " looks like a paper"), warnings.get(0));
        assertTrue(warnings.get(0).contains("none of its items links to a paper's page, DOI or PDF"), warnings.get(0));
    }

    @Test
    void aTableOfContentsAndListsOfLinksToWhatIsNoPaperAreNotSpokenOf() throws IOException {
        DigestFile digest = strict("awesome.md", """
                # Awesome Laundry

                - [Models](#models)
                - [Tools](#tools)
                - [Reading](#reading)

                ## Models

                - [Folding Towels with Diffusion Policies](https://arxiv.org/abs/2401.07001) - Ada Quill. CoRL, 2024.
                - [Pairing Socks End to End](https://arxiv.org/abs/2501.07003) - Ben Fold. ICRA, 2025.

                ### Tools

                - [PyTorch](https://pytorch.org) - the framework
                - [Weights & Biases](https://wandb.ai)
                - Ask in the chat for a GPU

                ### Reading

                - [A blog post on folding](https://blog.example.org/folding) about [the towel paper](https://arxiv.org/abs/2401.07001)
                - The workshop's talks
                - The reading group's notes
                """);

        assertEquals(List.of("Folding Towels with Diffusion Policies", "Pairing Socks End to End"),
                digest.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of(), warnings);
    }

    @Test
    void manyMixedListsAreSaidUpToTheFirstFiftyThenCounted() throws IOException {
        StringBuilder text = new StringBuilder("# Reading\n\n");
        for (int k = 0; k < 60; k++) {
            text.append("### Week ").append(k + 1).append("\n\n")
                    .append("- [Paper of week ").append(k + 1).append("](https://arxiv.org/abs/2401.").append(10000 + k)
                    .append(")\n- Our notes\n- The slides\n\n");
        }
        ReadOneDigest.digest(dir, "weeks.md", text.toString(), DigestProblems.lenient(w -> warnings.add(w.getMessage())));

        List<String> mixed = warnings.stream().filter(w -> w.contains("is not read as papers, though")).toList();
        assertEquals(DigestException.LISTED, mixed.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("weeks.md:") && w.contains("and 10 more lists that hold"
                + " papers are not read as papers")), warnings.toString());
    }

    private DigestFile strict(String name, String text) throws IOException {
        return ReadOneDigest.digest(dir, name, text, DigestProblems.strict(w -> warnings.add(w.getMessage())));
    }
}
