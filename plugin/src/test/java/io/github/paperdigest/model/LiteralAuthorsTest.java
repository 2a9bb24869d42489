package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiteralAuthorsTest {

    @Test
    void namesTheDigestMarkedAsWholeAreKeptOnlyWhenTheyAreAmongTheAuthors() {
        assertEquals(Set.of("Google DeepMind"),
                LiteralAuthors.of(List.of("Google DeepMind", "Jane Doe"), List.of("Google DeepMind", "OpenAI")));
    }

    @Test
    void aNameEndingWithAWordOnlyOrganisationsEndWithIsTakenWholeWithoutAMark() {
        assertEquals(Set.of("Kimi Team", "Google Research", "Allen Institute", "Meta AI", "Shanghai AI Laboratory"),
                LiteralAuthors.of(List.of("Kimi Team", "Jane Doe", "Google Research", "Allen Institute", "Meta AI",
                        "Shanghai AI Laboratory"), List.of()));
    }

    @Test
    void aNameStartingWithAWordOnlyOrganisationsStartWithIsTakenWholeToo() {
        assertEquals(Set.of("Google DeepMind", "Microsoft Research Asia", "NVIDIA Cosmos"),
                LiteralAuthors.of(List.of("Google DeepMind", "Jane Doe", "Microsoft Research Asia", "NVIDIA Cosmos",
                        "Googleplex Smith"), List.of()));
    }

    @Test
    void aGivenNameThatIsAlsoAnOrganisationsKeepsThePersonSplittable() {
        assertEquals(LiteralAuthors.NONE, LiteralAuthors.of(List.of("Huawei Shen"), List.of()));
    }

    @Test
    void familyNamesThatAreAlsoWordsOfOrganisationsKeepThePersonSplittable() {
        // "Group", "Center" and "Ai" are people's family names; a single word has nothing to split
        assertEquals(LiteralAuthors.NONE,
                LiteralAuthors.of(List.of("Anna Group", "Bo Center", "Weiwei Ai", "Team", "DeepSeek-AI"), List.of()));
    }
}
