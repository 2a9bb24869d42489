package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A survey's HTML block of names: the names, without tags, affiliations' marks or the commas links held. */
class AuthorBlockTest {

    @Test
    void namesInLinksWithCommasInsideAndOutsideAreTheAuthors() {
        assertEquals(Optional.of("Zhen Xing, Qijun Feng, Qi Dai, Yu-Gang Jiang"), AuthorBlock.names("""
                <div style="text-align:center;"><p>
                    <a href="https://chenhsing.github.io">Zhen Xing</a>,
                    Qijun Feng,
                    <a href="https://scholar.google.com/citations?user=NSJY12IAAAAJ" >Qi Dai,</a>
                    <a href="https://scholar.google.com/citations?user=f3_FP8AAAAAJ" >Yu-Gang Jiang </a>
                </p></div>
                """));
    }

    @Test
    void affiliationsMarkedInSuperscriptAreNoPartOfTheNames() {
        assertEquals(Optional.of("Ada Quill, Ben Stone, Cy Young"),
                AuthorBlock.names("<p>Ada Quill<sup>1,2</sup>, Ben Stone<sup>*</sup>,&nbsp;Cy Young<sup>2</sup></p>"));
    }

    @Test
    void aBlockOfPicturesOrWordsIsNoAuthors() {
        assertEquals(Optional.empty(), AuthorBlock.names("<p align=\"center\"><img src=\"asset/fish.webp\"/></p>"));
        assertEquals(Optional.empty(), AuthorBlock.names("<p>Project Page, Code and Data</p>"));
    }
}
