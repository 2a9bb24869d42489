package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.SeedDigest;
import io.github.paperdigest.model.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxonomyParserTest {

    private static final String FILE = "src/digests/taxonomy.yml";

    private final TaxonomyParser parser = new TaxonomyParser();

    @Test
    void readsTagsHubsGroupsAndTheVocabularyMode() {
        TaxonomyDefinition t = parser.parse(FILE, """
                # our taxonomy
                vocabulary: replace
                groups:
                  video: Video things
                tags:
                  - id: multi-shot-video
                    label: Multi-shot video
                    group: video
                    aliases: [multi-shot, storyline]
                    patterns: ['\\bshots?\\b']
                    description: Videos told in *several* shots.
                  - id: plain
                hubs:
                  - id: video
                    name: Video
                    description: |
                      All about video.
                    tags: [multi-shot-video, plain]
                  - id: sub
                    name: Sub hub
                    parent: video
                    tags: plain
                """);

        assertTrue(t.replacesVocabulary());
        assertEquals(FILE, t.sourceName());
        assertEquals(Map.of("video", "Video things"), t.groups());
        assertEquals(List.of(
                new TermDefinition("multi-shot-video", "Multi-shot video", List.of("multi-shot", "storyline"),
                        List.of("\\bshots?\\b"), "video", "Videos told in *several* shots.", 6),
                new TermDefinition("plain", "plain", List.of(), List.of(), "", "", 12)), t.tags());
        assertEquals(List.of(
                new HubDefinition("video", "Video", "All about video.", List.of("multi-shot-video", "plain"),
                        Optional.empty(), 14),
                new HubDefinition("sub", "Sub hub", "", List.of("plain"), Optional.of("video"), 19)), t.hubs());
    }

    @Test
    void anEmptyFileDeclaresNothing() {
        TaxonomyDefinition t = parser.parse(FILE, "# nothing yet\n");
        assertEquals(List.of(), t.tags());
        assertEquals(List.of(), t.hubs());
        assertFalse(t.replacesVocabulary());
    }

    @Test
    void anUnknownTopLevelKeyIsReportedWithItsLine() {
        assertProblem(4, "unknown key 'hubz'", """
                tags:
                  - id: a
                # hubs, misspelt
                hubz:
                  - id: b
                """);
    }

    /**
     * SnakeYAML finds an unclosed bracket where the next key is, a line after the mistake: the message names the line
     * the bracket opened at, where the fix is, which it left out.
     */
    @Test
    void aBracketLeftOpenIsReportedWithTheLineItOpensAt() {
        assertProblem(5, "not valid YAML: while parsing a flow sequence that starts at line 4: expected ',' or ']'", """
                tags:
                  - id: depth
                    label: Depth estimation
                    aliases: [monocular depth
                hubs:
                  - id: vision
                    name: Vision
                """);
    }

    @Test
    void anUnknownKeyInATagIsReportedAtItsOwnLineWithTheKeyItMeant() {
        assertProblem(7, "unknown key 'alias' in a tag (expected one of aliases, description, formerIds, group, id,"
                + " label, patterns); did you mean 'aliases'?", """
                tags:
                  - id: first
                    label: First
                    aliases: [one]
                  - id: second
                    label: Second
                    alias: [two]
                """);
    }

    @Test
    void anUnknownKeyInAHubIsReportedAtItsOwnLineBesideWhatTheHubThenLacks() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> parser.parse(FILE, """
                hubs:

                  - id: video
                    name: Video
                    tag: [video-generation]
                """));
        assertEquals(List.of(3, 5), e.problems().stream().map(TaxonomyException.Problem::line).toList(), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":3: hub 'video' needs 'tags'"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":5: unknown key 'tag' in a hub (expected one of description,"
                + " formerIds, id, name, parent, tags); did you mean 'tags'?"), e.getMessage());
    }

    @Test
    void formerIdsOfRenamedAndMergedTagsAndHubsAreReadAsTheIdsTheyNowAre() {
        TaxonomyDefinition t = parser.parse(FILE, """
                tags:
                  - id: multi-shot
                    formerIds: [multi-shot-video, storyline-video]
                hubs:
                  - id: video
                    name: Video
                    tags: [multi-shot]
                    formerIds: video-generation
                """);
        assertEquals(java.util.Map.of("multi-shot-video", "multi-shot", "storyline-video", "multi-shot"),
                t.formerIds().tags());
        assertEquals(java.util.Map.of("video-generation", "video"), t.formerIds().hubs());
    }

    @Test
    void aFormerIdThatTwoTagsNameOrThatIsATagsIdNowOrNoSlugIsReportedAtItsEntry() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> parser.parse(FILE, """
                tags:
                  - id: a
                    formerIds: [old]
                  - id: b
                    formerIds: [old, a]
                  - id: c
                    formerIds: [Old Name]
                """));
        assertTrue(e.getMessage().contains(FILE + ":4: tag 'b' names former id 'old', which tag 'a' (line 2) names too"),
                e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":4: tag 'b' names former id 'a', which is the id of the tag at line 2"),
                e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":7: tag 'c': former id 'Old Name' must be lower-case letters"),
                e.getMessage());
    }

    @Test
    void anIdThatIsNotASlugIsReportedWithItsLineAndASuggestion() {
        String message = assertProblem(4, "'Video Gen'", """
                tags:
                  - id: video-understanding

                  - id: Video Gen
                    label: Video generation
                """);
        assertTrue(message.contains("'video-gen'"), message);
    }

    @Test
    void aHubIdThatIsNotASlugIsReportedWithItsLine() {
        assertProblem(2, "'long_video'", """
                hubs:
                  - id: long_video
                    name: Long video
                    tags: [long-video]
                """);
    }

    @Test
    void anInvalidRegularExpressionIsReportedWithTheLineOfItsPatterns() {
        assertProblem(8, "/(unclosed/", """
                tags:
                  - id: fine
                    patterns: ['\\bfine\\b']
                  # the next one is broken

                  - id: broken
                    label: Broken
                    patterns: ['(unclosed']
                """);
    }

    @Test
    void aTagDeclaredTwiceIsReportedAtItsSecondDeclaration() {
        assertProblem(7, "tag 'video' is declared twice", """
                tags:
                  - id: video
                    label: Video
                  - id: audio
                    label: Audio
                  # again
                  - id: video
                    label: Video again
                """);
    }

    @Test
    void aHubDeclaredTwiceIsReportedAtItsSecondDeclaration() {
        assertProblem(5, "hub 'video' is declared twice", """
                hubs:
                  - id: video
                    name: Video
                    tags: [a]
                  - id: video
                    name: Video again
                    tags: [b]
                """);
    }

    @Test
    void invalidYamlIsReportedWithTheLineOfTheMistake() {
        String message = assertProblem(4, "not valid YAML", """
                tags:
                  - id: a
                    label: A
                    aliases: [x, y]]
                  - id: b
                """);
        assertFalse(message.isBlank());
    }

    @Test
    void aTabInTheIndentationIsReportedWithItsLine() {
        assertProblem(3, "not valid YAML", "tags:\n  - id: a\n\tlabel: A\n");
    }

    @Test
    void aYamlMistakeAfterCommentsAndBlankLinesIsReportedOnItsOwnLine() {
        assertProblem(5, "not valid YAML", "tags:\n  - id: a\n\n# the next entry is indented with a tab\n\t- id: b\n");
    }

    @Test
    void aColonInsideAValueIsReportedWithItsLine() {
        assertProblem(2, "not valid YAML", "tags:\n  - id: a: b\n");
    }

    @Test
    void aVocabularyModeOtherThanExtendOrReplaceIsReportedWithItsLine() {
        assertProblem(2, "'vocabulary'", "tags: []\nvocabulary: merge\n");
    }

    @Test
    void tagsThatAreNotAListAreReportedWithTheLineOfTheKey() {
        assertProblem(3, "'tags' must be a list", "groups:\n  a: A\ntags:\n  id: a\n");
    }

    @Test
    void aHubWithoutNameOrTagsIsReportedWithItsLine() {
        assertProblem(2, "needs a 'name'", "hubs:\n  - id: a\n    tags: [x]\n");
        assertProblem(2, "needs 'tags'", "hubs:\n  - id: a\n    name: A\n");
    }

    @Test
    void aTagWithoutIdIsReportedWithItsLine() {
        assertProblem(3, "needs an 'id'", "tags:\n  - id: a\n  - label: No id\n");
    }

    @Test
    void aFileThatIsNotAMappingIsReported() {
        assertProblem(1, "expected keys", "- just\n- a list\n");
    }

    @Test
    void everyMistakeOfTheFileIsReportedTogetherInTheOrderOfItsLines() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> parser.parse(FILE, """
                tags:
                  - id: Not A Slug
                  - id: fine
                    alias: [typo of aliases]
                hubs:
                  - id: a
                    tags: [fine]
                  - id: b
                    name: B
                    parent: nowhere
                    tags: [fine]
                colour: blue
                """));
        assertEquals(List.of(2, 4, 6, 8, 12), e.problems().stream().map(TaxonomyException.Problem::line).toList(),
                e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + " has 5 mistakes:\n  " + FILE + ":2: tag id 'Not A Slug'"),
                e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":4: unknown key 'alias'"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":6: hub 'a' needs a 'name'"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":8: hub 'b' names parent 'nowhere'"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":12: unknown key 'colour'"), e.getMessage());
    }

    @Test
    void everyMistakeOfOneEntryIsReportedInOneBuild() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> parser.parse(FILE, """
                hubs:
                  - id: Vision
                    name: Vision
                    tag: [image-classification]
                    parnt: video
                """));
        assertEquals(List.of(2, 2, 4, 5), e.problems().stream().map(TaxonomyException.Problem::line).toList(),
                e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":2: hub id 'Vision' must be lower-case"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":2: a hub needs 'tags'"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":4: unknown key 'tag' in a hub"), e.getMessage());
        assertTrue(e.getMessage().contains("; did you mean 'tags'?"), e.getMessage());
        assertTrue(e.getMessage().contains(FILE + ":5: unknown key 'parnt' in a hub"), e.getMessage());
        assertTrue(e.getMessage().contains("; did you mean 'parent'?"), e.getMessage());
    }

    @Test
    void aYamlMistakeIsDescribedOnceWithoutJacksonsSourceDescription() {
        String message = assertProblem(4, "not valid YAML", """
                tags:
                  - id: a
                    label: A
                    aliases: [x, y]]
                """);
        assertFalse(message.contains("[Source:"), message);
        assertFalse(message.contains("StringReader"), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        String problem = message.substring(message.indexOf("not valid YAML: ") + "not valid YAML: ".length());
        assertEquals(message.indexOf(problem), message.lastIndexOf(problem), "said once: " + message);
    }

    @Test
    void aCycleOfParentsIsReportedOnceWithItsPath() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> parser.parse(FILE, """
                hubs:
                  - id: a
                    name: A
                    parent: b
                    tags: [x]
                  - id: b
                    name: B
                    parent: a
                    tags: [y]
                """));
        assertEquals(FILE + ":2: hub 'a' is its own ancestor through 'parent': a -> b -> a", e.getMessage());
    }

    @Test
    void theBuiltInVocabularyIsValid() {
        TaxonomyDefinition builtIn = parser.parse("built-in vocabulary", SeedDigest.builtInVocabulary());

        assertTrue(builtIn.tags().size() > 50, "tags: " + builtIn.tags().size());
        assertTrue(builtIn.hubs().isEmpty());
        for (TermDefinition term : builtIn.tags()) {
            assertTrue(Slugs.isSlug(term.id()), term.id());
            assertTrue(builtIn.groups().containsKey(term.group()), term.id() + " has undeclared group " + term.group());
        }
    }

    @Test
    void theExampleProjectsTaxonomyIsValid() throws Exception {
        Path file = SeedDigest.folder().resolve("taxonomy.yml");
        TaxonomyDefinition t = parser.parse(file.toString(), Files.readString(file));

        assertEquals(8, t.hubs().size());
        assertEquals(List.of("multi-shot-video"), t.tags().stream().map(TermDefinition::id).toList());
    }

    private String assertProblem(int line, String expected, String yaml) {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> parser.parse(FILE, yaml));
        String message = e.getMessage();
        assertTrue(message.startsWith(FILE + ":" + line + ": "), "expected line " + line + " in: " + message);
        assertTrue(message.contains(expected), "expected '" + expected + "' in: " + message);
        return message;
    }
}
