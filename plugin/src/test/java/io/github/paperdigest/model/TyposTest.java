package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one measure behind every "did you mean". */
class TyposTest {

    @Test
    void aSwapOfNeighboursIsOneEditAsIsEachInsertionDeletionAndReplacement() {
        assertEquals(1, Typos.distance("sitetilte", "sitetitle"));
        assertEquals(1, Typos.distance("sitetittle", "sitetitle"));
        assertEquals(1, Typos.distance("autors", "authors"));
        assertEquals(1, Typos.distance("tga", "tag"));
        assertEquals(0, Typos.distance("fork", "fork"));
        assertEquals(4, Typos.distance("", "fork"));
        assertEquals(2, Typos.distance("pages", "paper"));
    }

    @Test
    void theNearestNameIsFoundCaseAsideWithinTheEditsAllowed() {
        List<String> keys = List.of("authors", "tags", "arxiv", "date");
        assertEquals(Optional.of("authors"), Typos.nearest("Autors", keys, 1));
        assertEquals(Optional.empty(), Typos.nearest("presenter", keys, 1));
        assertEquals(Optional.empty(), Typos.nearest("dates", List.of(), 1));
    }

    @Test
    void aTieGoesToTheFirstNameInAlphabeticalOrderWhateverTheCollectionsOrder() {
        assertEquals(Optional.of("cat"), Typos.nearest("bat", List.of("hat", "cat"), 1));
        assertEquals(Optional.of("cat"), Typos.nearest("bat", List.of("cat", "hat"), 1));
    }
}
