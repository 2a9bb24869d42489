package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void controlCharactersAndTheLineAndParagraphSeparatorsCount() {
        for (int c : new int[] {0, '\t', '\n', '\r', 0x1b, 0x7f, 0x85, 0x9f, 0x2028, 0x2029}) {
            assertTrue(ControlCharacters.is(c), Integer.toHexString(c));
        }
        for (int c : new int[] {' ', 'a', 0xa0, 0xe9, 0x200b, 0x202e, 0xfeff, 0x1f600}) {
            assertFalse(ControlCharacters.is(c), Integer.toHexString(c));
        }
    }

    @Test
    void aTextHoldsOneWhenAnyOfItsCharactersIsOne() {
        assertFalse(ControlCharacters.in(""));
        assertFalse(ControlCharacters.in("paper/video-llama.html"));
        assertTrue(ControlCharacters.in("paper/a\nb.html"));
        assertTrue(ControlCharacters.in("ends with a separator\u2029"));
    }

    @Test
    void aMessageShowsThemAsAJavaStringWouldAndLeavesTheRestAlone() {
        assertEquals("a\\nb\\rc\\td", ControlCharacters.visible("a\nb\rc\td"));
        assertEquals("bell\\u0007 line\\u2028 del\\u007f", ControlCharacters.visible("bell\u0007 line\u2028 del\u007f"));
        assertEquals("Café \\ \"quoted\" 😀", ControlCharacters.visible("Café \\ \"quoted\" 😀"));
    }

    @Test
    void theManifestAlsoEscapesItsBackslashesAndAJsonStringItsQuotesToo() {
        assertEquals("a\\\\b\\n\"c\"", ControlCharacters.escaped("a\\b\n\"c\"", "\\"));
        assertEquals("a\\\\b\\n\\\"c\\\"\\u2028", ControlCharacters.escaped("a\\b\n\"c\"\u2028", "\"\\"));
    }
}
