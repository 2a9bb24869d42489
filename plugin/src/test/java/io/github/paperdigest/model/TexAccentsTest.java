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

    /** The patterns that find accents and letter commands are made from the tables, so every accent is found. */
    @Test
    void everyAccentOnEveryLatinLetterDecodesBack() {
        String marks = "\u0300\u0301\u0302\u0303\u0308\u0304\u0307\u0306\u030A\u030B\u030C\u0327\u0328\u0323\u0331";
        for (char base : "aeiouyczsngAEIOUYCZSNG".toCharArray()) {
            for (char mark : marks.toCharArray()) {
                String letter = java.text.Normalizer.normalize(base + String.valueOf(mark), java.text.Normalizer.Form.NFC);
                String tex = TexAccents.spell(letter);
                assertEquals(letter, java.text.Normalizer.normalize(
                        TexAccents.decode(tex).replace("{", "").replace("}", ""), java.text.Normalizer.Form.NFC), tex);
            }
        }
        for (String letter : new String[] {"ı", "ȷ", "ł", "Ł", "ø", "Ø", "ß", "æ", "Æ", "œ", "Œ", "å", "Å"}) {
            assertEquals(letter, TexAccents.decode(TexAccents.spell(letter) + "x").replace("{", "").replace("}", "")
                    .replace("x", ""), TexAccents.spell(letter));
        }
    }

    @Test
    void otherCommandsAndBackslashesStayAsTheyAre() {
        String tex = "\\emph{it} \\ldots \\url{x} \\LaTeX \\item \\cite{a} \\b \\d+ \\'{} 50\\%";
        assertEquals(tex, TexAccents.decode(tex));
    }
}
