package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Editors are kept in a paper's extra metadata as one text, which reads back as the names it was written from: the
 * catalog, the readings memo and the model export keep them as they keep any metadata.
 */
class EditorsTest {

    @Test
    void theWrittenTextReadsBackAsTheNamesAndWhichAreWhole() {
        Editors editors = Editors.of(List.of("Jane Doe", "IEEE Computer Society", "Ann Lee"),
                Set.of("IEEE Computer Society"));

        assertEquals("Jane Doe; {IEEE Computer Society}; Ann Lee", editors.written());
        assertEquals(editors, Editors.of(Map.of(Editors.KEY, editors.written())));
    }

    @Test
    void aNameThatSaysItIsAnOrganisationIsWholeWithoutBraces() {
        assertEquals(Set.of("Qwen Team"), Editors.of(Map.of(Editors.KEY, "Jane Doe; Qwen Team")).literal());
    }

    @Test
    void metadataWithoutEditorsNamesNone() {
        assertTrue(Editors.of(Map.of("isbn", "978-0262035613")).isEmpty());
        assertTrue(Editors.of(Map.of(Editors.KEY, " ")).isEmpty());
    }

    @Test
    void shownAsAPersonReadsThem() {
        assertEquals("Jane Doe", Editors.of(List.of("Jane Doe"), Set.of()).shown());
        assertEquals("Jane Doe and Ann Lee", Editors.of(List.of("Jane Doe", "Ann Lee"), Set.of()).shown());
        assertEquals("Jane Doe, Ann Lee and Bo Li", Editors.of(List.of("Jane Doe", "Ann Lee", "Bo Li"), Set.of()).shown());
    }
}
