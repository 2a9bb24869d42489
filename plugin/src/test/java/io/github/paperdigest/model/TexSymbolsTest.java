package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TexSymbolsTest {

    /** A formula that is one command, {@code \beta}, and not {@code \mathbf{R}} or {@code \not\exists}. */
    private static final Pattern ONE_COMMAND = Pattern.compile("\\\\([A-Za-z]+)");

    /** Every character the writer spells as one command, by that command's name. */
    private static TreeMap<Integer, String> writtenCommands() {
        TreeMap<Integer, String> written = new TreeMap<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String formula = TexSymbols.formula(c);
            if (formula != null && ONE_COMMAND.matcher(formula).matches()) {
                written.put(c, formula.substring(1));
            } else if (TexSymbols.textCommand(c) != null) {
                written.put(c, TexSymbols.textCommand(c));
            }
        }
        return written;
    }

    @Test
    void everyCommandTheWriterWritesIsReadBackAsTheCharacterItWasWrittenFor() {
        TreeMap<Integer, String> written = writtenCommands();
        assertTrue(written.size() > 150, "commands written: " + written.size());
        written.forEach((c, command) -> {
            String read = TexSymbols.character(command).orElseThrow(() -> new AssertionError("\\" + command + " unread"));
            if (TexSymbols.PLAINER.containsKey(command)) {
                return; // pinned below
            }
            // μ and the micro sign µ are both \mu: the command reads as the one listed first, which writes it again
            assertEquals(command, written.get(read.codePointAt(0)), Character.toString(c) + " as \\" + command
                    + " reads as " + read);
        });
    }

    @ParameterizedTest(name = "{0}: written \\{1}, \\{1} read as {2}")
    @CsvSource(delimiter = '|', value = {
        // the same character both ways
        "β|beta|β", "Ω|Omega|Ω", "→|rightarrow|→", "⊕|oplus|⊕", "⟨|langle|⟨", "†|dag|†", "…|ldots|…",
        // a command written for two characters reads as the first listed, the letter and not the sign
        "µ|mu|μ", "\u2126|Omega|Ω", "⋅|cdot|·",
        // a variant's command reads as the plainer character that digests write in Unicode
        "ϵ|epsilon|ε", "ε|varepsilon|ε", "ϕ|phi|φ", "φ|varphi|φ", "∼|sim|~",
    })
    void aCharacterIsWrittenAsACommandThatReadsAsItOrAsItsPlainerSpelling(String character, String command,
            String read) {
        int c = character.codePointAt(0);
        String written = TexSymbols.formula(c) != null ? TexSymbols.formula(c) : "\\" + TexSymbols.textCommand(c);
        assertEquals("\\" + command, written);
        assertEquals(Optional.of(read), TexSymbols.character(command));
    }

    @ParameterizedTest(name = "{0} written {1}")
    @CsvSource(delimiter = ';', value = {
        "Α;\\mathrm{A}", "ℝ;\\mathbf{R}", "𝔼;\\mathbf{E}", "ο;o", "−;-", "∄;\\not\\exists", "‖;\\|",
    })
    void charactersWithoutACommandOfTheirOwnAreWrittenAsAnotherFormula(String character, String formula) {
        assertEquals(formula, TexSymbols.formula(character.codePointAt(0)));
    }

    @Test
    void doubleStruckLettersAreWrittenBoldAndReadFromTheirAmssymbSpelling() {
        assertEquals(Optional.of("ℝ"), TexSymbols.character("mathbb{R}"));
        assertEquals(Optional.of("ℂ"), TexSymbols.character("mathbb{C}"));
        assertEquals(Optional.of("𝔼"), TexSymbols.character("mathbb{E}"));
        assertEquals(Optional.empty(), TexSymbols.character("mathbf{R}"), "bold R is a bold R, read as R elsewhere");
    }

    @Test
    void readingOnlySpellingsAreNeverWritten() {
        TreeMap<Integer, String> written = writtenCommands();
        for (String alias : TexSymbols.READ_ONLY.keySet()) {
            assertFalse(written.containsValue(alias), "\\" + alias + " is written, so it is no reading-only alias");
            assertTrue(TexSymbols.character(alias).isPresent(), alias);
        }
        assertEquals(Optional.of("≤"), TexSymbols.character("le"));
        assertEquals(Optional.of("°"), TexSymbols.character("textdegree"));
        assertEquals(Optional.of("log"), TexSymbols.character("log"), "an operator reads as its name");
        assertEquals(Optional.empty(), TexSymbols.character("frac"));
        assertEquals(Optional.empty(), TexSymbols.character("mathbb"));
    }

    @Test
    void superscriptsAndSubscriptsAreWhatTheyRaiseOrLowerBothWays() {
        assertEquals("2", TexSymbols.raised('²'));
        assertEquals("\\prime", TexSymbols.raised('′'), "a prime is raised, as TeX's f' is");
        assertEquals("\\circ", TexSymbols.raised('°'));
        assertEquals("2", TexSymbols.lowered('₂'));
        assertNull(TexSymbols.raised('₂'));
        assertEquals(Optional.of('²'), TexSymbols.superscript('2'));
        assertEquals(Optional.of('ᵀ'), TexSymbols.superscript('T'));
        assertEquals(Optional.of('₂'), TexSymbols.subscript('2'));
        assertEquals(Optional.empty(), TexSymbols.superscript('x'));
        for (char c : "0123456789+-=()ni".toCharArray()) {
            assertEquals(String.valueOf(c), TexSymbols.raised(TexSymbols.superscript(c).orElseThrow()));
        }
    }
}
