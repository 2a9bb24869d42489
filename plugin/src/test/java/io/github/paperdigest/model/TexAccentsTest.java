package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TexAccentsTest {

    @Test
    void aLetterIsSpelledAsTheSpecialCharacterBibTexSortsAndAbbreviates() {
        assertEquals("{\\'e}", TexAccents.spell("é"));
        assertEquals("{\\'E}", TexAccents.spell("E\u0301"), "decomposed as a PDF's text may be");
        assertEquals("{\\'\\i}", TexAccents.spell("í"), "the accent takes the place of the dot");
        assertEquals("{\\c{c}}", TexAccents.spell("ç"), "a cedilla is below: the i keeps its dot, the c its braces");
        assertEquals("{\\v{S}}", TexAccents.spell("Š"));
        assertEquals("{\\^{\\d{e}}}", TexAccents.spell("ệ"), "two accents, the one below first");
        assertEquals("{\\l}", TexAccents.spell("ł"));
        assertEquals("{\\aa}", TexAccents.spell("å"));
        assertEquals("{\\ss}", TexAccents.spell("ß"));
        assertEquals("{\\c{s}}", TexAccents.spell("ș"), "Romanian's comma below as the cedilla TeX's fonts have");
    }

    @Test
    void whatTexCannotSpellWithAsciiIsNoLetterOfItsOwn() {
        assertNull(TexAccents.spell("a"), "nothing to spell");
        assertNull(TexAccents.spell("ð"), "eth has a command only in the T1 encoding");
        assertNull(TexAccents.spell("ά"), "a Greek letter, even with an accent TeX has");
        assertNull(TexAccents.spell("视"));
        assertNull(TexAccents.spell("a\u0360"), "an accent TeX has no command for");
    }

    @Test
    void whatIsSpelledDecodesBackAndOtherSpellingsToo() {
        String letters = "éÉèêëïíìîñçšžčřőűøØłŁßæÆœŒåÅāēīōūăğŭęąėżİẹệṣğůýÿ";
        for (int i = 0; i < letters.length(); i++) {
            String letter = letters.substring(i, i + 1);
            assertEquals(letter, TexAccents.decode(TexAccents.spell(letter)).replace("{", "").replace("}", ""),
                    TexAccents.spell(letter));
        }
        assertEquals("{í} {í} í í", TexAccents.decode("{\\'{\\i}} {\\'\\i} \\'i \\'{i}"));
        assertEquals("Łukasz Øystein Straße", TexAccents.decode("\\L ukasz \\O{}ystein Stra\\ss e"));
        assertEquals("ç ç Ğ", TexAccents.decode("\\c c \\c{c} \\u{G}"));
    }

    @Test
    void otherCommandsAndBackslashesStayAsTheyAre() {
        String tex = "\\emph{it} \\ldots \\url{x} \\LaTeX \\item \\cite{a} \\b \\d+ \\'{} 50\\%";
        assertEquals(tex, TexAccents.decode(tex));
    }
}
