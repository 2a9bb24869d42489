package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's lines are set apart by Markdown's line breaks only, never by a line merely wrapped. */
class ItemLinesTest {

    @Test
    void aBackslashEndingALineOrABrTagBreaksTheItem() {
        assertEquals(List.of("**Title**", "*A. Author*", "CVPR 2024"), ItemLines.of("**Title** \\\n*A. Author*<BR />CVPR 2024"));
    }

    @Test
    void anItemWithoutBreaksIsOneLineAsWritten() {
        String markdown = "[Title](https://arxiv.org/abs/2401.07001) - A. Author. CVPR, 2024. ";
        assertEquals(List.of(markdown), ItemLines.of(markdown));
    }

    @Test
    void anEscapedBackslashAtALinesEndIsNoBreak() {
        assertTrue(ItemLines.endsWithBreak("Title \\"));
        assertFalse(ItemLines.endsWithBreak("C:\\\\"), "\\\\ is a backslash written out");
        assertEquals(List.of("**Title** C:\\\\\nmore"), ItemLines.of("**Title** C:\\\\\nmore"));
    }
}
