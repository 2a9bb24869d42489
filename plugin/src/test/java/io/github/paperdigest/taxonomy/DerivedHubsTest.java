package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import io.github.paperdigest.testing.RecordingMemo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivedHubsTest {

    private static final List<List<String>> TOPICS = List.of(
            List.of("video-generation", "diffusion-models", "controllable-generation"),
            List.of("large-language-models", "reasoning", "instruction-tuning"),
            List.of("robotics", "reinforcement-learning", "world-models"));

    /** 90 papers, each with two or three tags of one topic and, now and then, one tag of another. */
    private static Map<PaperId, List<String>> threeTopics() {
        return threeTopics(90);
    }

    private static Map<PaperId, List<String>> threeTopics(int papers) {
        Random random = new Random(7);
        Map<PaperId, List<String>> paperTags = new LinkedHashMap<>();
        for (int p = 0; p < papers; p++) {
            List<String> topic = TOPICS.get(p % 3);
            List<String> own = new ArrayList<>(topic.subList(0, 2 + random.nextInt(2)));
            if (random.nextInt(6) == 0) {
                own.add(TOPICS.get((p + 1) % 3).get(random.nextInt(3)));
            }
            paperTags.put(new PaperId(String.format("title:p%03d", p)), own);
        }
        return paperTags;
    }

    private static Map<String, Tag> tags(Map<PaperId, List<String>> paperTags) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        paperTags.values().forEach(list -> list.forEach(t -> tags.put(t, new Tag(t, label(t), "", TagOrigin.VOCABULARY))));
        return tags;
    }

    private static String label(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Test
    void tagsThatPapersShareFormOneHubPerTopic() {
        Map<PaperId, List<String>> paperTags = threeTopics();
        List<Hub> hubs = new DerivedHubs().derive(tags(paperTags), paperTags, Map.of());

        assertEquals(3, hubs.size(), hubs.toString());
        Set<Set<String>> found = new HashSet<>();
        hubs.forEach(h -> found.add(new HashSet<>(h.tagIds())));
        Set<Set<String>> expected = new HashSet<>();
        TOPICS.forEach(t -> expected.add(new HashSet<>(t)));
        assertEquals(expected, found);
    }

    @Test
    void aHubIsNamedByItsMostCentralTagsAndDescribesItself() {
        Map<PaperId, List<String>> paperTags = threeTopics();
        Hub hub = new DerivedHubs().derive(tags(paperTags), paperTags, Map.of()).get(0);

        assertEquals(label(hub.tagIds().get(0)) + " & " + label(hub.tagIds().get(1)).toLowerCase(), hub.name());
        assertTrue(hub.descriptionHtml().startsWith("<p>"), hub.descriptionHtml());
        assertTrue(hub.id().matches("[a-z0-9-]+"), hub.id());
    }

    @Test
    void aPaperWhoseTagsNoOtherPaperHasJoinsTheHubOfItsMostSimilarPaper() {
        Map<PaperId, List<String>> paperTags = threeTopics();
        PaperId loner = new PaperId("title:loner");
        paperTags.put(loner, List.of("lonely-topic", "another-lonely-topic"));
        PaperId neighbour = new PaperId("title:p001");
        List<Hub> hubs = new DerivedHubs().derive(tags(paperTags), paperTags,
                Map.of(loner, List.of(new RelatedPaper(neighbour, 0.4))));

        Hub hubOfNeighbour = hubs.stream().filter(h -> h.tagIds().contains(paperTags.get(neighbour).get(0))).findFirst()
                .orElseThrow();
        assertTrue(hubOfNeighbour.tagIds().containsAll(List.of("lonely-topic", "another-lonely-topic")), hubs.toString());
    }

    /**
     * Thirty later papers pair two topics the settled papers seldom paired, with a tag of their own. Formed from all
     * papers, the hubs change; formed from the settled ones' own tags, they keep their names, order and tags, and the
     * new tag joins one of them.
     */
    @Test
    void laterPapersLeaveTheHubsFormedFromTheSettledPapersAsTheyWere() {
        Map<PaperId, List<String>> settledTags = threeTopics(128);
        Map<PaperId, List<String>> paperTags = new LinkedHashMap<>(settledTags);
        for (int p = 0; p < 30; p++) {
            paperTags.put(new PaperId(String.format("title:later%03d", p)), List.of("video-generation", "reasoning", "video-reasoning"));
        }
        List<Hub> was = new DerivedHubs().derive(tags(settledTags), settledTags, Map.of());
        List<Hub> formedFromAll = new DerivedHubs().derive(tags(paperTags), paperTags, Map.of());
        List<Hub> now = new DerivedHubs().derive(tags(paperTags), paperTags, Map.of(),
                SettledTags.given(tags(settledTags), settledTags));

        assertTrue(!formedFromAll.stream().map(Hub::name).toList().equals(was.stream().map(Hub::name).toList()),
                "formed from all papers: " + formedFromAll);
        assertEquals(names(was), names(now));
        for (int h = 0; h < was.size(); h++) {
            assertEquals(was.get(h).tagIds(), now.get(h).tagIds().subList(0, was.get(h).tagIds().size()));
        }
        assertEquals(1, now.stream().filter(h -> h.tagIds().contains("video-reasoning")).count());
    }

    /**
     * The settled papers' own tagging may have tags this build's papers do not carry (a keyphrase the whole archive
     * no longer keeps): a hub leaves them out of its tags but keeps the name they gave it, and a hub none of whose tags
     * any paper carries is no hub.
     */
    @Test
    void aHubKeepsItsNameWithoutTheTagsNoPaperCarriesAnyMore() {
        Map<PaperId, List<String>> settledTags = threeTopics();
        List<Hub> was = new DerivedHubs().derive(tags(settledTags), settledTags, Map.of());
        Hub robotics = was.stream().filter(h -> h.tagIds().contains("robotics")).findFirst().orElseThrow();
        String gone = robotics.tagIds().subList(0, 2).stream().filter(t -> !t.equals("robotics")).findFirst().orElseThrow();
        Map<PaperId, List<String>> paperTags = new LinkedHashMap<>();
        settledTags.forEach((p, list) -> paperTags.put(p, list.stream().filter(t -> !t.equals(gone))
                .filter(t -> !TOPICS.get(1).contains(t)).toList()));

        List<Hub> now = new DerivedHubs().derive(tags(paperTags), paperTags, Map.of(),
                SettledTags.given(tags(settledTags), settledTags));

        assertEquals(2, now.size(), now.toString());
        Hub stillRobotics = now.stream().filter(h -> h.tagIds().contains("robotics")).findFirst().orElseThrow();
        assertEquals(robotics.id() + " " + robotics.name(), stillRobotics.id() + " " + stillRobotics.name());
        assertTrue(!stillRobotics.tagIds().contains(gone), stillRobotics.toString());
        assertTrue(now.stream().noneMatch(h -> h.tagIds().contains("reasoning")), now.toString());
    }

    /**
     * The hubs formed from the settled papers are kept: the next build, with the same settled papers and others
     * beside them, does not tag them alone again, and gets the hubs it would have formed. Bytes that hold no hubs are
     * formed again.
     */
    @Test
    void theHubsFormedFromTheSettledPapersAreKeptForTheNextBuild() {
        Map<PaperId, List<String>> settledTags = threeTopics(128);
        Map<PaperId, List<String>> paperTags = new LinkedHashMap<>(settledTags);
        paperTags.put(new PaperId("title:later"), List.of("video-generation", "world-models"));
        SettledTags settled = SettledTags.given(tags(settledTags), settledTags);
        List<Hub> fresh = new DerivedHubs().derive(tags(paperTags), paperTags, Map.of(), settled);
        RecordingMemo first = new RecordingMemo();
        assertEquals(fresh, new DerivedHubs(first).derive(tags(paperTags), paperTags, Map.of(), settled));
        assertEquals(1, first.made());

        RecordingMemo next = first.nextBuild();
        SettledTags untagged = new SettledTags(settled.key(), () -> {
            throw new AssertionError("the settled papers were tagged again");
        });
        assertEquals(fresh, new DerivedHubs(next).derive(tags(paperTags), paperTags, Map.of(), untagged));
        assertEquals(1, next.recalled());

        byte[] hubWithoutTags = new MemoBytes.Writer().number(1).number(0).bytes();
        byte[] tagInTwoHubs = new MemoBytes.Writer().number(2)
                .number(1).text("robotics").text("Robotics").flag(false)
                .number(1).text("robotics").text("Robotics").flag(false).bytes();
        for (byte[] bytes : List.of(new byte[] {0, 0, 0, 2, 0, 0, 0, 0}, new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 7},
                hubWithoutTags, tagInTwoHubs)) {
            RecordingMemo garbage = RecordingMemo.holdingEverywhere(bytes);
            assertEquals(fresh, new DerivedHubs(garbage).derive(tags(paperTags), paperTags, Map.of(), settled));
            assertEquals(0, garbage.recalled(), "bytes that hold no hubs are formed again");
        }
    }

    /**
     * What the memo keeps names a hub as its forming did: the labels its tags had then, and which of them were
     * keyphrases (written and known tags name a hub first), also for a naming tag no paper carries now.
     */
    @Test
    void theHubsKeptNameThemselvesAsTheyWereNamedWhenFormed() {
        Map<PaperId, List<String>> settledTags = threeTopics(128);
        Map<String, Tag> then = new LinkedHashMap<>();
        tags(settledTags).forEach((id, t) -> then.put(id, new Tag(id, "Then " + t.label().toLowerCase(), "",
                id.compareTo("m") < 0 ? TagOrigin.KEYPHRASE : TagOrigin.VOCABULARY)));
        SettledTags settled = SettledTags.given(then, settledTags);
        Map<PaperId, List<String>> paperTags = new LinkedHashMap<>();
        settledTags.forEach((p, list) -> paperTags.put(p, list.stream()
                .filter(t -> !t.equals("video-generation") && !t.equals("robotics")).toList()));
        Map<String, Tag> now = new LinkedHashMap<>();
        tags(paperTags).forEach((id, t) -> now.put(id, new Tag(id, "Now " + t.label().toLowerCase(), "", t.origin())));

        List<Hub> fresh = new DerivedHubs().derive(now, paperTags, Map.of(), settled);
        RecordingMemo first = new RecordingMemo();
        new DerivedHubs(first).derive(now, paperTags, Map.of(), settled);
        SettledTags untagged = new SettledTags(settled.key(), () -> {
            throw new AssertionError("the settled papers were tagged again");
        });
        List<Hub> recalled = new DerivedHubs(first.nextBuild()).derive(now, paperTags, Map.of(), untagged);

        assertEquals(fresh, recalled);
        assertTrue(fresh.stream().anyMatch(h -> h.name().startsWith("Then video generation")), names(fresh).toString());
        assertTrue(fresh.stream().anyMatch(h -> h.name().startsWith("Now reasoning")), names(fresh).toString());
    }

    private static List<String> names(List<Hub> hubs) {
        return hubs.stream().map(h -> h.id() + " " + h.name()).toList();
    }

    @Test
    void theSameInputGivesTheSameHubs() {
        assertEquals(new DerivedHubs().derive(tags(threeTopics()), threeTopics(), Map.of()),
                new DerivedHubs().derive(tags(threeTopics()), threeTopics(), Map.of()));
    }
}
