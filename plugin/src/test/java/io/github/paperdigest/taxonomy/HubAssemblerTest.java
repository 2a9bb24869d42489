package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubAssemblerTest {

    private static final String FILE = "src/digests/taxonomy.yml";

    private static final String VOCABULARY = """
            groups:
              video: Video
              language: Language models
            tags:
              - id: video-generation
                group: video
              - id: video-understanding
                group: video
              - id: long-video
                group: video
              - id: large-language-models
                aliases: [LLM, LLMs]
                group: language
              - id: reasoning
                group: language
              - id: robotics
                group: agents-and-robots
              - id: ungrouped
            """;

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final TaxonomyParser parser = new TaxonomyParser();
    private final List<String> warnings = new ArrayList<>();
    private final HubAssembler assembler = new HubAssembler(
            Vocabulary.of(parser.parse("vocabulary.yml", VOCABULARY), TaxonomyDefinition.empty(), analyzer),
            new MarkdownRenderer(new HtmlSanitizer()), warnings::add, new DerivedHubs());

    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<PaperId, List<String>> paperTags = new LinkedHashMap<>();

    HubAssemblerTest() {
        for (String id : List.of("video-generation", "video-understanding", "long-video", "large-language-models",
                "reasoning", "ungrouped", "robotics")) {
            tags.put(id, new Tag(id, id, "", TagOrigin.VOCABULARY));
        }
        paperTags.put(new PaperId("title:a"), List.of("video-generation", "long-video"));
        paperTags.put(new PaperId("title:b"), List.of("video-understanding", "long-video", "large-language-models"));
        paperTags.put(new PaperId("title:c"), List.of("long-video", "ungrouped"));
    }

    @Test
    void declaredHubsAreKeptInTheOrderOfTheFile() {
        List<Hub> hubs = assemble("""
                hubs:
                  - id: zeta
                    name: Zeta
                    tags: [long-video]
                  - id: alpha
                    name: Alpha
                    description: About **alpha**.
                    tags: [video-generation, LLMs, large-language-models]
                  - id: mid
                    name: Mid
                    parent: alpha
                    tags: [reasoning]
                """);

        assertEquals(List.of("zeta", "alpha", "mid"), hubs.stream().map(Hub::id).toList());
        Hub alpha = hubs.get(1);
        assertEquals("Alpha", alpha.name());
        assertEquals(List.of("video-generation", "large-language-models"), alpha.tagIds(),
                "tags named as written, by alias or twice, are each listed once by id");
        assertEquals("<p>About <strong>alpha</strong>.</p>", alpha.descriptionHtml());
        assertTrue(alpha.declared());
        assertEquals(Optional.of("alpha"), hubs.get(2).parentId());
    }

    @Test
    void aDeclaredHubNamingATagNoPaperHasIsWarnedAboutWithItsLine() {
        assemble("""
                hubs:
                  - id: video
                    name: Video
                    tags: [video-generation, video-editing]
                """);

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(FILE + ":2: "), warnings.get(0));
        assertTrue(warnings.get(0).contains("video-editing"), warnings.get(0));
    }

    @Test
    void aHubsTagMisspeltIsWarnedAboutWithTheTagItMeant() {
        assemble("""
                hubs:
                  - id: video
                    name: Video
                    tags: [video-generation, long-vidoe]
                """);

        assertEquals(List.of(FILE + ":2: hub 'video' names tag 'long-vidoe', which no paper has; did you mean"
                + " 'long-video'?"), warnings);
    }

    @Test
    void anUnknownParentIsRejectedWithTheHubsLine() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> assemble("""
                hubs:
                  - id: video
                    name: Video
                    tags: [video-generation]
                  - id: long
                    name: Long
                    parent: vidoe
                    tags: [long-video]
                """));
        assertTrue(e.getMessage().startsWith(FILE + ":5: "), e.getMessage());
        assertTrue(e.getMessage().contains("'vidoe'"), e.getMessage());
    }

    @Test
    void aHubThatIsItsOwnParentIsRejected() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> assemble("""
                hubs:
                  - id: video
                    name: Video
                    parent: video
                    tags: [video-generation]
                """));
        assertTrue(e.getMessage().startsWith(FILE + ":2: "), e.getMessage());
    }

    @Test
    void aCycleOfParentsIsRejected() {
        TaxonomyException e = assertThrows(TaxonomyException.class, () -> assemble("""
                hubs:
                  - id: root
                    name: Root
                    tags: [reasoning]
                  - id: a
                    name: A
                    parent: c
                    tags: [video-generation]
                  - id: b
                    name: B
                    parent: a
                    tags: [long-video]
                  - id: c
                    name: C
                    parent: b
                    tags: [video-understanding]
                """));
        assertTrue(e.getMessage().startsWith(FILE + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("ancestor"), e.getMessage());
    }

    @Test
    void aChainOfParentsWithoutCycleIsAccepted() {
        List<Hub> hubs = assemble("""
                hubs:
                  - id: c
                    name: C
                    parent: b
                    tags: [video-understanding]
                  - id: b
                    name: B
                    parent: a
                    tags: [long-video]
                  - id: a
                    name: A
                    tags: [video-generation]
                """);
        assertEquals(List.of("c", "b", "a"), hubs.stream().map(Hub::id).toList());
    }

    @Test
    void withoutDeclaredHubsTheHubsAreDerivedFromTheCorpusAndHoldEveryPaper() {
        Map<PaperId, List<String>> twoTopics = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            twoTopics.put(new PaperId("title:" + i), i % 2 == 0 ? List.of("video-generation", "long-video")
                    : List.of("large-language-models", "reasoning"));
        }

        List<Hub> hubs = assembler.assemble(TaxonomyDefinition.empty(), tags, twoTopics, Map.of());

        assertFalse(hubs.isEmpty());
        assertTrue(hubs.stream().noneMatch(Hub::declared));
        for (Map.Entry<PaperId, List<String>> paper : twoTopics.entrySet()) {
            assertTrue(hubs.stream().anyMatch(h -> h.tagIds().stream().anyMatch(paper.getValue()::contains)),
                    paper.getKey() + " is in no hub");
        }
    }

    /**
     * Three papers that all carry "long video": a hub of it would hold them all, and a hub that holds everything says
     * nothing. A derived hub leaves out at least a quarter of the papers.
     */
    @Test
    void aDerivedHubOfTagsLeavesOutAQuarterOfThePapersAtLeast() {
        List<Hub> hubs = assembler.assemble(TaxonomyDefinition.empty(), tags, paperTags, Map.of());

        assertEquals(List.of(), tooBig(hubs, paperTags.size()));
    }

    /**
     * Nine papers are one cluster by meaning: its hub would hold them all. Twenty-four papers on two topics make a hub of
     * each.
     */
    @Test
    void aDerivedHubOfPapersAlikeInMeaningLeavesOutAQuarterOfThePapersAtLeast() {
        List<Hub> nine = semanticHubs(9);
        List<Hub> twentyFour = semanticHubs(24);

        assertEquals(List.of(), tooBig(nine, 9));
        assertEquals(List.of(), tooBig(twentyFour, 24));
        assertTrue(twentyFour.size() >= 2, twentyFour.toString());
    }

    /** A hub someone declared holds the papers its tags reach, however many: they chose it. */
    @Test
    void aDeclaredHubMayHoldEveryPaper() {
        List<Hub> hubs = assemble("""
                hubs:
                  - id: long-videos
                    name: Long videos
                    tags: [long-video]
                """);

        assertEquals(paperTags.size(), hubs.get(0).paperIds().size());
    }

    /** The hubs that hold more than three quarters of the papers. */
    private static List<String> tooBig(List<Hub> hubs, int papers) {
        return hubs.stream().filter(h -> 4 * h.paperIds().size() > 3 * papers)
                .map(h -> h.name() + " holds " + h.paperIds().size() + " of " + papers).toList();
    }

    /** Hubs derived by meaning from papers on two topics, alternating, each paper near its topic's centre. */
    private List<Hub> semanticHubs(int papers) {
        java.util.Random random = new java.util.Random(3);
        float[][] centres = new float[2][16];
        for (float[] c : centres) {
            for (int j = 0; j < c.length; j++) {
                c[j] = (float) random.nextGaussian();
            }
        }
        List<PaperId> ids = new ArrayList<>();
        float[][] vectors = new float[papers][];
        Map<PaperId, List<String>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < papers; i++) {
            PaperId id = PaperId.ofArxiv(String.format("2501.%05d", i));
            float[] v = centres[i % 2].clone();
            for (int j = 0; j < v.length; j++) {
                v[j] += (float) random.nextGaussian() * 0.1f;
            }
            ids.add(id);
            vectors[i] = SemanticNeighboursTest.unit(v);
            byTopic.put(id, i % 2 == 0 ? List.of("video-generation", "long-video") : List.of("large-language-models", "reasoning"));
        }
        return assembler.assemble(TaxonomyDefinition.empty(), tags,
                new HubAssembler.PaperTags(byTopic, byTopic, () -> SettledTags.given(tags, byTopic)), Map.of(),
                Optional.of(PaperVectors.of("m", ids, vectors)), SettledPapers.all(ids));
    }

    private List<Hub> assemble(String taxonomyYaml) {
        return assembler.assemble(parser.parse(FILE, taxonomyYaml), tags, paperTags, Map.of());
    }
}
