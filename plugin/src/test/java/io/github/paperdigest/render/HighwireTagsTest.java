package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.site.Citation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HighwireTagsTest {

    private static List<String> venueTags(String venue, Optional<String> entryType) {
        Citation c = new Citation("k", "A", List.of("Ada Lovelace"), LiteralAuthors.NONE, Optional.of(2024), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(venue), Optional.empty(), Optional.empty(), entryType, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return HighwireTags.of(c, "", null).stream().filter(m -> m.content().equals(venue)).map(Views.Meta::name).toList();
    }

    @Test
    void aJournalsNameGoesInTheJournalTagAndAConferencesInTheConferenceTag() {
        assertEquals(List.of("citation_journal_title"), venueTags("Nature", Optional.empty()));
        assertEquals(List.of("citation_conference_title"), venueTags("CVPR 2024", Optional.empty()));
        assertEquals(List.of("citation_journal_title"),
                venueTags("Proceedings of the National Academy of Sciences", Optional.of("article-journal")));
    }

    /**
     * Zotero splits a {@code citation_author} without a comma at its last space: "Guy Van den Broeck" would be the
     * family name "Broeck", "Martin Luther King Jr." the family name "Jr.". Family name first, as arXiv writes them,
     * they are taken apart right; other names stay as written, an organisation's too.
     */
    @Test
    void anAuthorWhoseFamilyNameIsMoreThanTheLastWordIsWrittenFamilyNameFirst() {
        Citation c = new Citation("k", "A", List.of("Guy Van den Broeck", "Theo van Gogh", "Martin Luther King Jr.",
                "Shaobin Zhuang", "Google DeepMind"), new java.util.TreeSet<>(List.of("Google DeepMind")), Optional.of(2024),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(List.of("Van den Broeck, Guy", "van Gogh, Theo", "King, Martin Luther, Jr.", "Shaobin Zhuang",
                "Google DeepMind"), HighwireTags.of(c, "", null).stream()
                .filter(m -> m.name().equals("citation_author")).map(Views.Meta::content).toList());
    }
}
