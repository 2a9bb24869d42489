package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table row's cells, as GFM splits them: an escaped pipe is the cell's own pipe before anything else reads it. */
class MarkdownTableCellsTest {

    @Test
    void anEscapedPipeIsAPipeOfTheCellEvenInAFormula() {
        assertEquals(List.of("$|x| \\le 1$ and a | b", "2024"), MarkdownTable.cells("| $\\|x\\| \\le 1$ and a \\| b | 2024 |"));
    }

    @Test
    void otherEscapesAreLeftForTheInlineReader() {
        assertEquals(List.of("\\*not emphasis\\*", "\\\\"), MarkdownTable.cells("| \\*not emphasis\\* | \\\\ |"));
    }
}
