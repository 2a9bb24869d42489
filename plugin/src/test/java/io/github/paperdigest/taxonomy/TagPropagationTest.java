package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a paper its own text tags too thinly borrows from its related papers, and what it does not. */
class TagPropagationTest {

    /** The default model's floor: the scores below are cosines on its scale. */
    private static final double FLOOR = 0.35;

    private static final PaperId PLATES = PaperId.ofArxiv("2604.05271");
    private static final PaperId NUMBERS = PaperId.ofArxiv("math/0601001");
    private static final PaperId DEPTH = PaperId.ofArxiv("2501.12375");
    private static final PaperId VIDEO = PaperId.ofArxiv("2501.12380");
    private static final PaperId VLOG = PaperId.ofArxiv("2401.09414");

    private static final Map<String, Tag> TAGS = tags(
            new Tag("number-theory", "Number theory", "", TagOrigin.WRITTEN),
            new Tag("algebraic-geometry", "Algebraic geometry", "", TagOrigin.WRITTEN),
            new Tag("prime-numbers", "Prime numbers", "", TagOrigin.KEYPHRASE),
            new Tag("depth-estimation", "Depth estimation", "", TagOrigin.VOCABULARY),
            new Tag("long-video", "Long video", "", TagOrigin.VOCABULARY),
            new Tag("video-understanding", "Video understanding", "", TagOrigin.VOCABULARY),
            new Tag("segmentation", "Segmentation", "", TagOrigin.VOCABULARY));

    private final TagPropagation propagation = new TagPropagation(FLOOR);

    @Test
    void aDissimilarNeighboursTagsAreNotBorrowedEvenWhenItIsTheNearest() {
        // the reported case: in a tiny archive, a license-plate paper's nearest paper was a number-theory paper
        Map<PaperId, List<String>> tags = Map.of(PLATES, List.of("segmentation"),
                NUMBERS, List.of("prime-numbers", "algebraic-geometry"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(PLATES, List.of(new RelatedPaper(NUMBERS, 0.14))));
        assertEquals(List.of("segmentation"), out.get(PLATES));
    }

    @Test
    void aCloseNeighboursTagsAreStillBorrowedAfterThePapersOwn() {
        Map<PaperId, List<String>> tags = Map.of(DEPTH, List.of("depth-estimation"),
                VIDEO, List.of("long-video", "video-understanding"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(DEPTH, List.of(new RelatedPaper(VIDEO, 0.41))));
        assertEquals(List.of("depth-estimation", "long-video"), out.get(DEPTH));
    }

    @Test
    void aNeighbourExactlyAtTheFloorLends() {
        Map<PaperId, List<String>> tags = Map.of(DEPTH, List.of(), VIDEO, List.of("long-video", "video-understanding"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(DEPTH, List.of(new RelatedPaper(VIDEO, FLOOR))));
        assertEquals(List.of("long-video", "video-understanding"), out.get(DEPTH));
    }

    @Test
    void manyDissimilarNeighboursDoNotOutvoteOneCloseOne() {
        // three far neighbours at 0.3 sum to 0.9, more than the close one's 0.5: they do not vote at all
        PaperId far1 = PaperId.ofArxiv("2501.00001");
        PaperId far2 = PaperId.ofArxiv("2501.00002");
        PaperId far3 = PaperId.ofArxiv("2501.00003");
        Map<PaperId, List<String>> tags = Map.of(DEPTH, List.of("depth-estimation"), VIDEO, List.of("long-video"),
                far1, List.of("segmentation"), far2, List.of("segmentation"), far3, List.of("segmentation"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS, Map.of(DEPTH, List.of(new RelatedPaper(VIDEO, 0.5),
                new RelatedPaper(far1, 0.3), new RelatedPaper(far2, 0.3), new RelatedPaper(far3, 0.3))));
        assertEquals(List.of("depth-estimation", "long-video"), out.get(DEPTH));
    }

    @Test
    void aWrittenTagSuchAsAnArxivCategoryIsNotLentEvenByACloseNeighbour() {
        // "Number theory" is what arXiv filed the other paper under, not a topic found in a text
        Map<PaperId, List<String>> tags = Map.of(PLATES, List.of("segmentation"),
                NUMBERS, List.of("number-theory", "algebraic-geometry", "prime-numbers"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(PLATES, List.of(new RelatedPaper(NUMBERS, 0.9))));
        assertEquals(List.of("segmentation", "prime-numbers"), out.get(PLATES));
    }

    @Test
    void aTagTheIndexDoesNotKnowIsNotLent() {
        Map<PaperId, List<String>> tags = Map.of(DEPTH, List.of("depth-estimation"), VIDEO, List.of("unknown-tag"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(DEPTH, List.of(new RelatedPaper(VIDEO, 0.9))));
        assertEquals(List.of("depth-estimation"), out.get(DEPTH));
    }

    @Test
    void aPaperWithEnoughTagsOfItsOwnBorrowsNothing() {
        Map<PaperId, List<String>> tags = Map.of(VIDEO, List.of("long-video", "video-understanding"),
                DEPTH, List.of("depth-estimation", "segmentation"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(VIDEO, List.of(new RelatedPaper(DEPTH, 0.9))));
        assertEquals(List.of("long-video", "video-understanding"), out.get(VIDEO));
    }

    @Test
    void onlyAPapersOwnTagsAreLentNeverTagsItBorrowed() {
        // VLOG borrows from VIDEO; DEPTH, close to VLOG alone, gets nothing second-hand
        Map<PaperId, List<String>> tags = Map.of(DEPTH, List.of("depth-estimation"), VLOG, List.of(),
                VIDEO, List.of("long-video", "video-understanding"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS, Map.of(
                VLOG, List.of(new RelatedPaper(VIDEO, 0.6)), DEPTH, List.of(new RelatedPaper(VLOG, 0.8))));
        assertEquals(List.of("long-video", "video-understanding"), out.get(VLOG));
        assertEquals(List.of("depth-estimation"), out.get(DEPTH));
    }

    @Test
    void equalVotesGoToTheTagWhoseIdComesFirstWhateverTheOrderOfTheMaps() {
        Map<PaperId, List<String>> tags = new LinkedHashMap<>();
        tags.put(DEPTH, List.of("depth-estimation"));
        tags.put(VIDEO, List.of("video-understanding", "long-video"));
        tags.put(VLOG, List.of("segmentation"));
        Map<PaperId, List<RelatedPaper>> related = Map.of(DEPTH, List.of(new RelatedPaper(VLOG, 0.5), new RelatedPaper(VIDEO, 0.5)));
        List<List<String>> seen = new ArrayList<>();
        List<PaperId> order = new ArrayList<>(tags.keySet());
        for (int shuffle = 0; shuffle < 6; shuffle++) {
            Collections.rotate(order, 1);
            Map<PaperId, List<String>> reordered = new LinkedHashMap<>();
            order.forEach(p -> reordered.put(p, tags.get(p)));
            seen.add(propagation.propagate(reordered, TAGS, related).get(DEPTH));
        }
        // long-video, segmentation and video-understanding each have 0.5; "long-video" sorts first
        seen.forEach(s -> assertEquals(List.of("depth-estimation", "long-video"), s));
    }

    @Test
    void aPaperNoNeighbourIsCloseEnoughToKeepsFewerTagsThanTheMinimum() {
        Map<PaperId, List<String>> tags = Map.of(PLATES, List.of(), NUMBERS, List.of("prime-numbers"));
        Map<PaperId, List<String>> out = propagation.propagate(tags, TAGS,
                Map.of(PLATES, List.of(new RelatedPaper(NUMBERS, 0.2)), NUMBERS, List.of(new RelatedPaper(PLATES, 0.2))));
        assertEquals(List.of(), out.get(PLATES));
        assertEquals(List.of("prime-numbers"), out.get(NUMBERS));
    }

    private static Map<String, Tag> tags(Tag... tags) {
        Map<String, Tag> out = new HashMap<>();
        for (Tag t : tags) {
            out.put(t.id(), t);
        }
        return Map.copyOf(out);
    }
}
