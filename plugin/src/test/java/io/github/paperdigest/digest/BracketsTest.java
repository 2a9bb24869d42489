package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Brackets around what follows a title come off as a pair, never one without the other, in time linear in the text. */
class BracketsTest {

    @Test
    void onePairAroundAllOfTheTextComesOff() {
        assertEquals("CVPR, 2024", Brackets.unwrapped(" (CVPR, 2024) "));
        assertEquals("arXiv 2023", Brackets.unwrapped("[arXiv 2023]"));
        assertEquals("(CVPR) and (ICCV)", Brackets.unwrapped("(CVPR) and (ICCV)"), "two pairs, not one around all");
        assertEquals("(CVPR, 2024", Brackets.unwrapped("(CVPR, 2024"));
    }

    @Test
    void aBracketWithoutItsPartnerIsDroppedAndPairsAreKept() {
        assertEquals("CVPR, 2024", Brackets.withoutUnmatched("(CVPR, 2024"));
        assertEquals("ICLR 2024 (Oral)", Brackets.withoutUnmatched("ICLR 2024 (Oral)]"));
        assertEquals("NeurIPS 2023", Brackets.withoutUnmatched("NeurIPS 2023 (]"));
    }

    @Test
    void whatTakingLinksOutLeavesAtTheEndIsCutButAPairAroundWordsStays() {
        assertEquals("Ada Quill. ICLR 2024", Brackets.withoutEmptyEnd("Ada Quill. ICLR 2024 ( ) [ | ] ]"));
        assertEquals("(CVPR, 2024)", Brackets.withoutEmptyEnd("(CVPR, 2024) [ "));
    }

    @Test
    void longRunsOfBracketsTakeLinearTime() {
        String opened = "(".repeat(200_000) + " ".repeat(200_000) + ")".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals("", Brackets.withoutEmptyEnd(opened));
            assertEquals("", Brackets.withoutUnmatched("(".repeat(400_000)));
            assertEquals("x", Brackets.unwrapped("(".repeat(200_000) + "x" + ")".repeat(200_000)).replaceAll("[()]", ""));
        }, "a scan from every bracket would take minutes here");
    }
}
