package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void aTextWithNothingToChangeIsGivenBackAsItIs() {
        String clean = "Attention Is All You Need (2017), by Vaswani et al.";

        assertSame(clean, Whitespace.collapse(clean));
    }

    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAndTheEndsLoseTheirs() {
        assertEquals("a b c", Whitespace.collapse("  a \t\n b  c \r\n"));
        assertEquals("Über die Natur", Whitespace.collapse("Über\u00A0die  Natur"));
        assertEquals("a é", Whitespace.collapse("a  \u00E9 "));
        assertEquals("text", Whitespace.collapse("te\u200Bxt\u00AD"));
    }

    /**
     * An override left open turned the rest of each line the text was shown in backwards (a page's title with the
     * site's name after it): it is closed at the text's end; a close with nothing open goes; pairs stay as written.
     */
    @Test
    void bidirectionalControlsLeftOpenAreClosedAtTheEnd() {
        assertEquals("\u202Egnp.exe\u202C", Whitespace.collapse("\u202Egnp.exe"));
        assertEquals("a \u2067b\u202Bc\u202C\u2069", Whitespace.collapse("a \u2067b\u202Bc"));
        assertEquals("x\u2067y\u2069z", Whitespace.collapse("x\u2067y\u202C\u2069z"));
        assertEquals("\u202Ax\u2066y\u2069\u202C", Whitespace.collapse("\u202Ax\u2066y\u202C"));
        assertEquals("stray close", Whitespace.collapse("stray\u202C close\u2069"));
        // what a dropped close stood between is one space, and none at the ends
        assertEquals("a b", Whitespace.collapse("a \u202C b"));
        assertEquals("MDC \"--", Whitespace.collapse("MDC \"-- \u202C"));
        assertEquals("a", Whitespace.collapse("\u2069 \u2069 a \u202C"));
        String paired = "\u202Egpj.exe\u202C Title \u2067isolate\u2069 \u200F mark";
        assertEquals(paired, Whitespace.collapse(paired));
    }

    @Test
    void whatFollowsACleanBeginningIsCollapsedAsBefore() {
        assertEquals("Clean start then a tab", Whitespace.collapse("Clean start then a\ttab"));
        assertEquals("Clean start, an é and a space at the end", Whitespace.collapse("Clean start, an é and a space at the end "));
        assertEquals("lone \uFFFD surrogate", Whitespace.collapse("lone \uD800 surrogate"));
        assertEquals("pair \uD83D\uDE00 kept", Whitespace.collapse("pair \uD83D\uDE00 kept"));
    }

    /** Collapsing twice changes nothing more, and leaves no double, leading or trailing space nor a control character. */
    @Test
    void anyTextCollapsesToSingleSpacesBetweenWords() {
        char[] alphabet = {'a', 'b', 'Z', '.', ' ', ' ', '\t', '\n', '\u00A0', '\u2003', '\u0007', '\u200B', 'é', '\uD800',
            '\uDC00', '\uFFFE', '-', '\u202C', '\u2069', '\u202E', '\u2067'};
        Random random = new Random(7);
        for (int t = 0; t < 5_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String once = Whitespace.collapse(text.toString());
            assertEquals(once, Whitespace.collapse(once), text.toString());
            assertFalse(once.contains("  ") || once.startsWith(" ") || once.endsWith(" "), text.toString());
            assertFalse(once.chars().anyMatch(c -> c < ' ' || Character.isWhitespace(c) && c != ' '), text.toString());
        }
    }
}
