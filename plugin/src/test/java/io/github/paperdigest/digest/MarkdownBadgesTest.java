package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A badge ("[![arXiv](https://img.shields.io/badge/arXiv-2401.00001-b31b1b.svg)](https://arxiv.org/abs/2401.00001)")
 * is a link drawn as a picture: the anchor around it is the paper's link, and the picture's address (a badge
 * service's) is no link of the paper, in whatever layout the badge appears.
 */
class MarkdownBadgesTest {

    private static final String BADGE = "[![arXiv](https://img.shields.io/badge/arXiv-2401.00001-b31b1b.svg)]"
            + "(https://arxiv.org/abs/2401.00001)";
    private static final String STARS = "[![Stars](https://img.shields.io/github/stars/example/towels)]"
            + "(https://github.com/example/towels)";

    @TempDir
    Path dir;

    @Test
    void aBadgeInAListItemLinksThePaperAndItsPictureIsNoLink() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "list.md", """
                ## Models

                - **Folding Towels with Diffusion Policies** %s %s
                """.formatted(BADGE, STARS));

        assertEquals(Optional.of("2401.00001"), paper.arxivId());
        assertEquals(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001"),
                new Link(LinkKind.CODE, "https://github.com/example/towels")), paper.links());
    }

    @Test
    void aLineOfBadgesUnderAPaperHeadingGivesTheAnchorsOnly() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "notes.md", """
                ## Folding Towels with Diffusion Policies

                %s %s

                We fold towels with a diffusion policy trained on a thousand demonstrations.
                """.formatted(BADGE, STARS));

        assertEquals(Optional.of("2401.00001"), paper.arxivId());
        assertEquals(List.of(new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001"),
                new Link(LinkKind.CODE, "https://github.com/example/towels")), paper.links());
    }

    @Test
    void aBadgeInAnAbstractIsNoLinkOfThePaperEither() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "notes.md", """
                ## Folding Towels with Diffusion Policies

                - arxiv: 2401.00001

                We fold towels with a diffusion policy %s trained on a thousand demonstrations.
                """.formatted(STARS));

        assertEquals(List.of("https://github.com/example/towels"), paper.links().stream().map(Link::url).toList());
    }

    @Test
    void aBadgeInALinkedHeadingLinksThePaperAndItsPictureIsNoLink() throws IOException {
        PaperEntry paper = ReadOneDigest.onlyPaper(dir, "daily.md", """
                ### [1] Folding Towels with Diffusion Policies %s
                *Ada Quill, Ben Fold*

                Abstract: We fold towels with a diffusion policy trained on a thousand demonstrations of people.
                """.formatted(BADGE));

        assertEquals(Optional.of("2401.00001"), paper.arxivId());
        assertEquals(List.of("https://arxiv.org/abs/2401.00001"), paper.links().stream().map(Link::url).toList());
    }

    /** Awesome lists put their badge and a comment for their table-of-contents tool in their headings. */
    @Test
    void aBadgeAndAnHtmlCommentInAHeadingAreNoWordsOfTheDigestsOrTheSectionsTitle() throws IOException {
        DigestFile digest = ReadOneDigest.digest(dir, "awesome.md", """
                # Awesome Laundry Robots [![Awesome](https://cdn.rawgit.com/sindresorhus/awesome/d7305f3/media/badge.svg)](https://github.com/sindresorhus/awesome) <!-- omit in toc -->

                ## Folding %s <!-- omit in toc -->

                - [Folding Towels with Diffusion Policies](https://arxiv.org/abs/2401.00001) - Ada Quill. CVPR, 2024.
                """.formatted(STARS), DigestProblems.strict(w -> {
                    throw new AssertionError(w.getMessage());
                }));

        assertEquals(Optional.of("Awesome Laundry Robots"), digest.title());
        assertEquals("Folding", digest.entries().get(0).section());
    }
}
