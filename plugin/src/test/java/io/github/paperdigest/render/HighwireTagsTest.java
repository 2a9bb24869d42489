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
     * they are taken apart right; other persons' names stay as written.
     */
    @Test
    void anAuthorWhoseFamilyNameIsMoreThanTheLastWordIsWrittenFamilyNameFirst() {
        Citation c = new Citation("k", "A", List.of("Guy Van den Broeck", "Theo van Gogh", "Martin Luther King Jr.",
                "Shaobin Zhuang"), LiteralAuthors.NONE, Optional.of(2024),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(List.of("Van den Broeck, Guy", "van Gogh, Theo", "King, Martin Luther, Jr.", "Shaobin Zhuang"),
                authorTags(c));
    }

    /**
     * An organisation (a name the digest marks as whole, as BibTeX's braces do) is one family name with no given
     * name, as the BibTeX entry's {@code {Google DeepMind}} is: written "Google DeepMind," (Family, Given with no
     * given name), which Zotero and Google Scholar read as the family name "Google DeepMind". Written as it is, Zotero
     * took it for the given name "Google" and the family name "DeepMind", and cited "DeepMind, G.".
     */
    @Test
    void anOrganisationIsOneFamilyNameWithNoGivenNameAsInTheBibtexEntry() {
        List<String> authors = List.of("Google DeepMind", "The Gemini Team", "OpenAI", "Jane Doe");
        Citation c = new Citation("k", "A", authors, new java.util.TreeSet<>(List.of("Google DeepMind", "The Gemini Team",
                "OpenAI")), Optional.of(2024), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertEquals(List.of(List.of("Google DeepMind", ""), List.of("The Gemini Team", ""), List.of("OpenAI", ""),
                List.of("Doe", "Jane")), authorTags(c).stream().map(HighwireTagsTest::asZoteroReadsIt).toList());
        assertEquals("{Google DeepMind} and {The Gemini Team} and {OpenAI} and Jane Doe",
                BibTex.authors(authors, c.literalAuthors()), "the BibTeX entry takes the same names whole");
    }

    /** Zotero splits a name at its first comma: one inside an organisation's name would make it a given name. */
    @Test
    void anOrganisationWhoseNameHasACommaIsStillOneFamilyName() {
        List<String> authors = List.of("Meta, Inc.", "Jane Doe");
        Citation c = new Citation("k", "A", authors, new java.util.TreeSet<>(List.of("Meta, Inc.")), Optional.of(2024),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(List.of(List.of("Meta Inc", ""), List.of("Doe", "Jane")),
                authorTags(c).stream().map(HighwireTagsTest::asZoteroReadsIt).toList());
    }

    private static List<String> authorTags(Citation c) {
        return HighwireTags.of(c, "", null).stream().filter(m -> m.name().equals("citation_author"))
                .map(Views.Meta::content).toList();
    }

    /**
     * A {@code citation_author} as Zotero's Embedded Metadata translator takes it apart ({@code ZU.cleanAuthor}, with a
     * comma when the name has one), as [family, given]: punctuation trimmed at both ends, then "Family, Given" split at
     * the comma, and a name without one at its last space.
     */
    private static List<String> asZoteroReadsIt(String content) {
        boolean comma = content.contains(",");
        String name = content.replaceAll("^[\\s.,/\\[\\]:]+", "").replaceAll("[\\s.,/\\[\\]:]+$", "");
        if (comma) {
            String[] parts = name.split(", ?");
            return List.of(parts[0], parts.length > 1 ? parts[1] : "");
        }
        int space = name.lastIndexOf(' ');
        return List.of(name.substring(space + 1), space < 0 ? "" : name.substring(0, space));
    }
}
