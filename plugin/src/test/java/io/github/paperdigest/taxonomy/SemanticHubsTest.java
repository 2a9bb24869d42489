package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import io.github.paperdigest.testing.RecordingMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Derived hubs as clusters of papers by meaning, named by the tag that sets each apart. */
class SemanticHubsTest {

    private static final List<String> TOPICS = List.of("gaussian-splatting", "sign-language-translation", "video-generation",
            "speech-recognition", "medical-imaging", "robot-grasping");

    /** Papers around six topic centres; each carries its topic's tag on most papers, and a tag every topic uses. */
    private record Corpus(PaperVectors vectors, Map<PaperId, List<String>> paperTags, Map<PaperId, Integer> topic) {
    }

    private static Corpus corpus(int perTopic) {
        Random random = new Random(5);
        float[][] centres = new float[TOPICS.size()][];
        for (int t = 0; t < TOPICS.size(); t++) {
            float[] c = new float[32];
            for (int j = 0; j < c.length; j++) {
                c[j] = (float) random.nextGaussian();
            }
            centres[t] = SemanticNeighboursTest.unit(c);
        }
        List<PaperId> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Map<PaperId, List<String>> tags = new HashMap<>();
        Map<PaperId, Integer> topic = new HashMap<>();
        for (int i = 0; i < perTopic * TOPICS.size(); i++) {
            int t = i % TOPICS.size();
            PaperId id = PaperId.ofArxiv(String.format("2501.%05d", i));
            float[] v = centres[t].clone();
            for (int j = 0; j < v.length; j++) {
                v[j] += (float) random.nextGaussian() * 0.12f;
            }
            ids.add(id);
            vectors.add(SemanticNeighboursTest.unit(v));
            List<String> own = new ArrayList<>();
            if (i % 5 != 0) {
                own.add(TOPICS.get(t));
            }
            own.add("datasets");
            tags.put(id, own);
            topic.put(id, t);
        }
        return new Corpus(PaperVectors.of("m", ids, vectors.toArray(float[][]::new)), tags, topic);
    }

    /**
     * As {@link #corpus}, but the first topic's papers lean two ways (a small shift each), each way with a tag of its
     * own on most of its papers.
     */
    private static Corpus withSubTopics(int perTopic, float shift) {
        Corpus base = corpus(perTopic);
        Random random = new Random(9);
        float[][] lean = new float[2][32];
        for (float[] l : lean) {
            for (int j = 0; j < l.length; j++) {
                l[j] = (float) random.nextGaussian() * shift;
            }
        }
        float[][] vectors = new float[base.vectors().size()][];
        Map<PaperId, List<String>> tags = new HashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            PaperId id = base.vectors().ids().get(i);
            float[] v = base.vectors().vector(i);
            List<String> own = new ArrayList<>(base.paperTags().get(id));
            if (base.topic().get(id) == 0) {
                int way = (i / TOPICS.size()) % 2;
                for (int j = 0; j < v.length; j++) {
                    v[j] += lean[way][j];
                }
                v = SemanticNeighboursTest.unit(v);
                if (i % 7 != 0) {
                    own.add(way == 0 ? "dynamic-scenes" : "surface-reconstruction");
                }
            }
            vectors[i] = v;
            tags.put(id, own);
        }
        return new Corpus(PaperVectors.of("m", base.vectors().ids(), vectors), tags, base.topic());
    }

    @Test
    void aLargeHubWhosePapersLeanTwoWaysGetsTwoNamedSubHubsUnderIt() {
        Corpus c = withSubTopics(120, 0.09f);
        List<Hub> hubs = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        List<Hub> top = hubs.stream().filter(h -> h.parentId().isEmpty()).toList();
        assertEquals(6, top.size(), hubs.stream().map(Hub::name).toList().toString());
        Hub splatting = top.stream().filter(h -> h.name().equals("Gaussian splatting")).findFirst().orElseThrow();
        List<Hub> subs = hubs.stream().filter(h -> h.parentId().equals(Optional.of(splatting.id()))).toList();
        assertEquals(Set.of("Dynamic scenes", "Surface reconstruction"), subs.stream().map(Hub::name).collect(java.util.stream.Collectors.toSet()));
        for (Hub sub : subs) {
            assertTrue(splatting.paperIds().containsAll(sub.paperIds()), "a sub-hub's papers stay in its hub");
            assertTrue(sub.paperIds().size() >= 50, sub.name() + " " + sub.paperIds().size());
            assertTrue(sub.descriptionHtml().contains("of Gaussian splatting"), sub.descriptionHtml());
        }
        assertEquals(List.of(), hubs.stream().filter(h -> h.parentId().isPresent() && !h.parentId().equals(Optional.of(splatting.id())))
                .map(Hub::name).toList(), "hubs of one topic through and through get no sub-hubs");
    }

    @Test
    void theDescriptionSaysHowManyPapersCarryEachOfTheHubsTopicsAndLeavesOutFacets() {
        Corpus c = withSubTopics(120, 0.09f);
        Hub splatting = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags()).stream()
                .filter(h -> h.name().equals("Gaussian splatting")).findFirst().orElseThrow();
        String text = Jsoup.parse(splatting.descriptionHtml()).text();
        assertTrue(text.matches("120 papers, most on Gaussian splatting \\(96\\); also (Dynamic scenes|Surface reconstruction)"
                + " \\(\\d+\\) and (Dynamic scenes|Surface reconstruction) \\(\\d+\\)\\."), text);
        assertTrue(!text.contains("Datasets"), "a tag every topic carries says nothing about this one: " + text);
    }

    @Test
    void theOtherTopicsAreToldMostPapersFirstAsTheirCountsAreRead() {
        // chosen by how distinctive they are; shown as a reader reads the counts beside them
        List<ClassTfIdf.Term> terms = List.of(new ClassTfIdf.Term("gaussian-splatting", 0.4, 60),
                new ClassTfIdf.Term("medical-imaging", 0.3, 8), new ClassTfIdf.Term("dynamic-scenes", 0.2, 4),
                new ClassTfIdf.Term("surface-reconstruction", 0.1, 10));
        String text = Jsoup.parse(SemanticHubs.description(80, "gaussian-splatting", terms, Optional.empty(), tags())).text();
        assertEquals("80 papers, most on Gaussian splatting (60); also Surface reconstruction (10), Medical imaging (8)"
                + " and Dynamic scenes (4).", text);
    }

    @Test
    void aHubWhoseNameFitsFewOfItsPapersSaysSoInItsDescription() {
        List<ClassTfIdf.Term> terms = List.of(new ClassTfIdf.Term("gaussian-splatting", 0.3, 10),
                new ClassTfIdf.Term("medical-imaging", 0.2, 4));
        String few = Jsoup.parse(SemanticHubs.description(119, "gaussian-splatting", terms, Optional.empty(), tags())).text();
        assertEquals("119 papers, some on Gaussian splatting (10); also Medical imaging (4).", few);
        String quarter = Jsoup.parse(SemanticHubs.description(36, "gaussian-splatting", terms, Optional.empty(), tags())).text();
        assertTrue(quarter.startsWith("36 papers, many on Gaussian splatting (10)"), quarter);
    }

    private static Map<String, Tag> tags() {
        Map<String, Tag> tags = new HashMap<>();
        for (String t : TOPICS) {
            String label = Character.toUpperCase(t.charAt(0)) + t.substring(1).replace('-', ' ');
            tags.put(t, new Tag(t, label, "", TagOrigin.VOCABULARY));
        }
        tags.put("datasets", new Tag("datasets", "Datasets", "", TagOrigin.VOCABULARY));
        tags.put("dynamic-scenes", new Tag("dynamic-scenes", "Dynamic scenes", "", TagOrigin.VOCABULARY));
        tags.put("surface-reconstruction", new Tag("surface-reconstruction", "Surface reconstruction", "", TagOrigin.VOCABULARY));
        return tags;
    }

    @Test
    void sixTopicsMakeSixHubsEachNamedByItsOwnTagNotTheOneEveryTopicUses() {
        Corpus c = corpus(40);
        List<Hub> hubs = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        assertEquals(6, hubs.size(), hubs.stream().map(Hub::name).toList().toString());
        Set<String> names = new HashSet<>();
        for (Hub h : hubs) {
            names.add(h.name());
            Set<Integer> topics = new HashSet<>();
            h.paperIds().forEach(p -> topics.add(c.topic().get(p)));
            assertEquals(1, topics.size(), h.name() + " holds one topic's papers");
            assertEquals(40, h.paperIds().size());
            assertTrue(h.descriptionHtml().startsWith("<p>40 papers"), h.descriptionHtml());
        }
        assertEquals(Set.of("Gaussian splatting", "Sign language translation", "Video generation", "Speech recognition",
                "Medical imaging", "Robot grasping"), names);
    }

    @Test
    void everyPaperIsInExactlyOneHubAndTheKeyPapersAreNearestTheCentre() {
        Corpus c = corpus(30);
        List<Hub> hubs = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        Map<PaperId, Integer> seen = new HashMap<>();
        hubs.stream().filter(h -> h.parentId().isEmpty()).forEach(h -> h.paperIds().forEach(p -> seen.merge(p, 1, Integer::sum)));
        assertEquals(c.vectors().size(), seen.size());
        assertTrue(seen.values().stream().allMatch(n -> n == 1));
        for (Hub h : hubs) {
            assertEquals(SemanticHubs.KEY_PAPERS, h.keyPaperIds().size());
            assertTrue(h.paperIds().containsAll(h.keyPaperIds()));
            assertEquals(h.paperIds().stream().sorted().toList(), h.paperIds(), "papers in id order");
        }
    }

    @Test
    void noHubHoldsMoreThanAQuarterWhenTheCorpusHasSeveralTopics() {
        Corpus c = corpus(25);
        List<Hub> hubs = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        int largest = hubs.stream().mapToInt(h -> h.paperIds().size()).max().orElseThrow();
        assertTrue(largest <= 0.25 * c.vectors().size(), "largest " + largest);
    }

    @Test
    void theSameVectorsGiveTheSameHubs() {
        Corpus c = corpus(20);
        assertEquals(new SemanticHubs().derive(c.vectors(), tags(), c.paperTags()),
                new SemanticHubs().derive(c.vectors(), tags(), c.paperTags()));
    }

    /**
     * The settled papers are the same from one digest to the next, and so are their clusterings: the next build takes
     * them from the memo (hubs and sub-hubs), and gives the hubs that clustering them again gives.
     */
    @Test
    void aBuildOfTheSamePapersTakesTheirClusteringsFromTheMemo() {
        Corpus c = withSubTopics(120, 0.09f);
        List<Hub> fresh = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        RecordingMemo first = new RecordingMemo();
        assertEquals(fresh, new SemanticHubs(first).derive(c.vectors(), tags(), c.paperTags()));
        assertTrue(first.made() > 1, "the hubs' clustering and their sub-hubs': " + first.made());

        RecordingMemo next = first.nextBuild();
        assertEquals(fresh, new SemanticHubs(next).derive(c.vectors(), tags(), c.paperTags()));
        assertEquals(first.made(), next.recalled());
        assertEquals(0, next.made());

        RecordingMemo garbage = RecordingMemo.holdingEverywhere(new byte[] {0, 0, 0, 2, 0, 0, 0, 0});
        assertEquals(fresh, new SemanticHubs(garbage).derive(c.vectors(), tags(), c.paperTags()));
        assertEquals(0, garbage.recalled(), "bytes that are no clustering are clustered again");
    }

    /** Topics that do not fit the points (another count of points, a vast number of topics) are found again. */
    @Test
    void aClusteringThatDoesNotFitThePointsIsFoundAgain() {
        Corpus c = corpus(20);
        List<Hub> fresh = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        int n = c.vectors().size();
        MemoBytes.Writer vast = new MemoBytes.Writer()
                .numbers(new int[n]).number(Integer.MAX_VALUE).floats(new float[0]).number(0);
        MemoBytes.Writer shorter = new MemoBytes.Writer()
                .numbers(new int[n - 1]).number(1).floats(new float[c.vectors().dimensions()]).number(0);
        for (byte[] bytes : List.of(vast.bytes(), shorter.bytes())) {
            RecordingMemo hostile = RecordingMemo.holdingEverywhere(bytes);
            assertEquals(fresh, new SemanticHubs(hostile).derive(c.vectors(), tags(), c.paperTags()));
            assertEquals(0, hostile.recalled());
        }
    }

    @Test
    void aHandfulOfPapersMakesOneOrTwoHubsAndNoneIsLeftOut() {
        Corpus c = corpus(2);
        List<Hub> hubs = new SemanticHubs().derive(c.vectors(), tags(), c.paperTags());
        assertTrue(hubs.size() >= 1 && hubs.size() <= 2, "hubs " + hubs.size());
        assertEquals(12, hubs.stream().mapToInt(h -> h.paperIds().size()).sum());
    }

    @Test
    void classTfIdfPutsTheDistinctiveTermBeforeTheOneEveryTopicHas() {
        List<List<ClassTfIdf.Term>> ranked = ClassTfIdf.rank(List.of(
                Map.of("splatting", 30, "datasets", 35), Map.of("speech", 25, "datasets", 35)));
        assertEquals("splatting", ranked.get(0).get(0).term());
        assertEquals("speech", ranked.get(1).get(0).term());
    }

    /**
     * Six topics that blur into each other (wide noise), more papers than the number of topics is chosen on, and one
     * paper added with an id that sorts first, so that every other paper moves one place down the list: whichever
     * paper it is, the hubs keep their names and ids, and hardly any other paper changes hub.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2401.00001", "2401.00002", "2401.00003", "2401.00004", "2401.00005"})
    void aPaperAddedToALargeCorpusLeavesEveryHubWithItsNameAndAllButThatPaper(String added) {
        Corpus before = blurred(1_500, Optional.empty());
        Corpus after = blurred(1_500, Optional.of(PaperId.ofArxiv(added)));
        List<Hub> was = new SemanticHubs().derive(before.vectors(), tags(), before.paperTags());
        List<Hub> now = new SemanticHubs().derive(after.vectors(), tags(), after.paperTags());
        Map<String, Hub> byId = new HashMap<>();
        now.forEach(h -> byId.put(h.id(), h));
        assertEquals(was.stream().map(h -> h.id() + " " + h.name()).sorted().toList(),
                now.stream().map(h -> h.id() + " " + h.name()).sorted().toList());
        int moved = 0;
        for (Hub h : was) {
            Set<PaperId> left = new HashSet<>(h.paperIds());
            left.removeAll(byId.get(h.id()).paperIds());
            moved += left.size();
        }
        assertTrue(moved <= 15, moved + " of 1,500 papers changed hub when one was added");
    }

    /**
     * The next digest brings 60 papers to an archive of 1,536 (a step of the ladder): the hubs keep their names, ids
     * and papers, and each new paper joins one of them, mostly the hub that holds most of its topic, and one of its
     * sub-hubs when it has some. The new papers' ids are spread among the others', so that the settled papers are not
     * the first rows of the vectors.
     */
    @Test
    void aDigestOfNewPapersShortOfTheNextStepLeavesEveryHubAsItWasAndTheNewPapersJoinTheirTopicsHubs() {
        Corpus after = withSubTopics(266, 0.09f);
        List<PaperId> ids = after.vectors().ids();
        List<PaperId> newest = java.util.stream.IntStream.range(0, 60).mapToObj(k -> ids.get(24 + 25 * k)).toList();
        Set<PaperId> added = new HashSet<>(newest);
        List<PaperId> old = ids.stream().filter(p -> !added.contains(p)).toList();
        List<PaperId> arrival = new ArrayList<>(old);
        arrival.addAll(newest);
        PaperVectors oldVectors = PaperVectors.of("m", old, old.stream().map(id -> after.vectors().of(id).orElseThrow())
                .toArray(float[][]::new));

        List<Hub> was = new SemanticHubs().derive(oldVectors, tags(), after.paperTags());
        List<Hub> now = new SemanticHubs().derive(after.vectors(), tags(),
                new HubAssembler.PaperTags(after.paperTags(), after.paperTags(),
                        () -> SettledTags.given(tags(), after.paperTags())), SettledPapers.first(arrival));

        assertEquals(was.stream().map(h -> h.id() + " " + h.name()).toList(), now.stream().map(h -> h.id() + " " + h.name()).toList());
        assertTrue(was.stream().anyMatch(h -> h.parentId().isPresent()), "the archive has sub-hubs too");
        for (int h = 0; h < was.size(); h++) {
            List<PaperId> stayed = now.get(h).paperIds().stream().filter(p -> !added.contains(p)).toList();
            assertEquals(was.get(h).paperIds(), stayed, now.get(h).name() + " holds the papers it held");
        }
        Map<PaperId, Hub> hubOf = new HashMap<>();
        now.stream().filter(h -> h.parentId().isEmpty()).forEach(h -> h.paperIds().forEach(p -> assertEquals(null, hubOf.put(p, h))));
        assertEquals(arrival.size(), hubOf.size(), "every paper is in one top-level hub");
        int withTheirTopic = 0;
        for (PaperId p : added) {
            int topic = after.topic().get(p);
            Hub topicsHub = was.stream().filter(h -> h.parentId().isEmpty()).max(java.util.Comparator.comparing((Hub h) ->
                    h.paperIds().stream().filter(q -> after.topic().get(q) == topic).count())).orElseThrow();
            withTheirTopic += hubOf.get(p).id().equals(topicsHub.id()) ? 1 : 0;
        }
        assertTrue(withTheirTopic >= 54, withTheirTopic + " of 60 new papers joined their topic's hub");
        int inSplitHubs = 0;
        for (PaperId p : added) {
            List<Hub> subs = now.stream().filter(h -> h.parentId().equals(Optional.of(hubOf.get(p).id()))).toList();
            if (!subs.isEmpty()) {
                inSplitHubs++;
                assertEquals(1, subs.stream().filter(h -> h.paperIds().contains(p)).count(), p + " is in one sub-hub");
            }
        }
        assertTrue(inSplitHubs >= 5, inSplitHubs + " new papers joined a hub with sub-hubs");
    }

    private static Corpus blurred(int papers, Optional<PaperId> added) {
        Corpus base = corpus(papers / TOPICS.size());
        Random random = new Random(11);
        List<PaperId> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Map<PaperId, List<String>> tags = new HashMap<>(base.paperTags());
        added.ifPresent(id -> {
            float[] v = base.vectors().vector(0);
            v[0] += 0.2f;
            ids.add(id);
            vectors.add(SemanticNeighboursTest.unit(v));
            tags.put(id, List.of(TOPICS.get(0)));
        });
        for (int i = 0; i < base.vectors().size(); i++) {
            float[] v = base.vectors().vector(i);
            for (int j = 0; j < v.length; j++) {
                v[j] += (float) random.nextGaussian() * 0.3f;
            }
            ids.add(base.vectors().ids().get(i));
            vectors.add(SemanticNeighboursTest.unit(v));
        }
        return new Corpus(PaperVectors.of("m", ids, vectors.toArray(float[][]::new)), tags, base.topic());
    }
}
