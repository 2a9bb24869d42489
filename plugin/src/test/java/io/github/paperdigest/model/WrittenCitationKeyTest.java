package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A field that names the key alone takes any key BibTeX cites, digits alone too (IEEE Xplore's article numbers); a
 * field that holds a reference manager's record numbers too takes a key only with a letter in it.
 */
class WrittenCitationKeyTest {

    @Test
    void aKeyFieldTakesWhatBibtexCitesDigitsAloneToo() {
        assertEquals(Optional.of("vaswani2017attention"), WrittenCitationKey.parse(" vaswani2017attention "));
        assertEquals(Optional.of("8368309"), WrittenCitationKey.parse("8368309"));
        assertEquals(Optional.of("Doe_2020:a.b+c-d"), WrittenCitationKey.parse("Doe_2020:a.b+c-d"));
    }

    /**
     * DBLP's exports key every entry with slashes, which BibTeX and biblatex cite: {@code \cite{DBLP:conf/cvpr/HeZRS16}}.
     * Refused, the site gave the paper a key of its own and warned of every entry of a DBLP export.
     */
    @Test
    void aDblpKeyIsAKey() {
        assertEquals(Optional.of("DBLP:conf/cvpr/HeZRS16"), WrittenCitationKey.parse("DBLP:conf/cvpr/HeZRS16"));
        assertEquals(Optional.of("DBLP:journals/corr/abs-1706-03762"),
                WrittenCitationKey.parse("DBLP:journals/corr/abs-1706-03762"));
    }

    @Test
    void aKeyOfPunctuationAloneOrWithASpaceOrABraceIsNoKey() {
        for (String written : new String[] {"-", "...", "+:", "smith 2020", "smith{2020}", "müller2020", ""}) {
            assertEquals(Optional.empty(), WrittenCitationKey.parse(written), written);
        }
    }

    @Test
    void anIdentifierFieldTakesAKeyOnlyWithALetter() {
        assertEquals(Optional.of("smith2023journal"), WrittenCitationKey.parseIdentifier("smith2023journal"));
        assertEquals(Optional.empty(), WrittenCitationKey.parseIdentifier("1234"), "EndNote's record number");
        assertEquals(Optional.empty(), WrittenCitationKey.parseIdentifier("12345/ABCD"), "Zotero's item id");
        assertEquals(Optional.empty(), WrittenCitationKey.parseIdentifier("http://zotero.org/users/1/items/ABCD"));
    }
}
