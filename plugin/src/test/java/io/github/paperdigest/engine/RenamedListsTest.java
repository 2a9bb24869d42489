package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.output.PreviousPapers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A tag's or hub's page that went is told where its papers are listed now only when one new list is plainly what it
 * became: a warning that names the wrong list would have its user keep an address, or merge a feed, by mistake.
 */
class RenamedListsTest {

    /** Papers of the previous site by slug, each with its tags; the same slug on this build's site. */
    private final List<PreviousPapers.Paper> previous = new java.util.ArrayList<>();
    private final Map<String, Set<String>> listsNow = new HashMap<>();
    private final Set<String> before = new HashSet<>();
    private final Set<String> now = new HashSet<>();

    private void paper(String slug, List<String> tagsBefore, List<String> tagsNow) {
        previous.add(new PreviousPapers.Paper(slug, slug, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                tagsBefore, List.of()));
        if (tagsNow != null) {
            Set<String> lists = new HashSet<>();
            tagsNow.forEach(t -> lists.add("tag/" + t + ".html"));
            listsNow.put(slug, lists);
        }
        tagsBefore.forEach(t -> before.add("tag/" + t + ".html"));
        if (tagsNow != null) {
            tagsNow.forEach(t -> now.add("tag/" + t + ".html"));
        }
    }

    private RenamedLists lists() {
        return new RenamedLists(previous, p -> listsNow.containsKey(p.slug()) ? Optional.of(p.slug()) : Optional.empty(),
                listsNow, before, now);
    }

    @Test
    void aTagWhosePapersAllMovedToOneNewTagIsFoundThereWithItsOlderPages() {
        paper("a", List.of("world-sims", "video"), List.of("world-simulators", "video"));
        paper("b", List.of("world-sims"), List.of("world-simulators"));
        before.add("tag/world-sims.2.html");
        now.add("tag/world-simulators.2.html");

        RenamedLists lists = lists();

        assertEquals(Optional.of("tag/world-simulators.html"), lists.pageNow("tag/world-sims.html"));
        assertEquals(Optional.of("tag/world-simulators.2.html"), lists.pageNow("tag/world-sims.2.html"));
        assertEquals(Optional.of("tag/world-simulators.html"), lists.pageNow("tag/world-sims.3.html"),
                "an older page the new list has too few papers for leads to its first page");
        assertEquals(Optional.of(new RenamedLists.Renamed("tag", "world-sims", "tag/world-simulators.html")),
                lists.renamed("tag/world-sims.html"));
        assertEquals(Optional.empty(), lists.renamed("tag/world-sims.2.html"), "a list is renamed by its first page");
    }

    @Test
    void formerIdsKeepOnlyTheOlderPagesTheNewListHas() {
        paper("a", List.of("world-sims"), List.of("world-simulators"));
        paper("b", List.of("world-sims"), List.of("world-simulators"));
        now.add("tag/world-simulators.2.html");
        Set<String> declared = Set.of("tag/world-simulators.html");

        RenamedLists lists = lists();

        assertTrue(lists.keptByFormerId("tag/world-sims.html", declared));
        assertTrue(lists.keptByFormerId("tag/world-sims.2.html", declared));
        assertFalse(lists.keptByFormerId("tag/world-sims.3.html", declared), "the new list has no third page");
        assertFalse(lists.keptByFormerId("tag/world-sims.html", Set.of()), "a tag the taxonomy does not declare");
    }

    @Test
    void aLargerListThePapersHappenToBeOnTooIsNotWhatTheTagBecame() {
        paper("a", List.of("world-sims"), List.of("video"));
        paper("b", List.of("world-sims"), List.of("video"));
        for (int i = 0; i < 3; i++) {
            paper("other" + i, List.of(), List.of("video"));
        }
        before.remove("tag/video.html");

        assertEquals(Optional.empty(), lists().pageNow("tag/world-sims.html"), "5 papers on it, 2 of them the tag's");
    }

    @Test
    void twoNewListsEveryPaperIsOnAreNoAnswer() {
        paper("a", List.of("world-sims"), List.of("world-simulators", "world-models"));
        paper("b", List.of("world-sims"), List.of("world-simulators", "world-models"));

        assertEquals(Optional.empty(), lists().pageNow("tag/world-sims.html"));
    }

    @Test
    void aListMostOfWhosePapersWentIsNotFound() {
        paper("a", List.of("world-sims"), List.of("world-simulators"));
        paper("b", List.of("world-sims"), List.of("world-simulators"));
        paper("c", List.of("world-sims"), null);
        paper("d", List.of("world-sims"), null);
        paper("e", List.of("world-sims"), null);

        assertEquals(Optional.empty(), lists().pageNow("tag/world-sims.html"), "2 of its 5 papers are left");
    }

    @Test
    void aListOfOnePaperIsFoundOnlyInANewListOfThatPaperAlone() {
        paper("a", List.of("world-sims"), List.of("world-simulators"));
        assertEquals(Optional.of("tag/world-simulators.html"), lists().pageNow("tag/world-sims.html"));

        paper("b", List.of(), List.of("world-simulators"));
        assertEquals(Optional.empty(), new RenamedLists(previous, p -> Optional.of(p.slug()), listsNow, before, now)
                .pageNow("tag/world-sims.html"), "one paper does not tell a list of two");
    }

    @Test
    void anAddressNoListPageHasIsNoneOfThem() {
        paper("a", List.of("world-sims"), List.of("world-simulators"));
        RenamedLists lists = lists();

        assertEquals(Optional.empty(), lists.pageNow("tag/world-sims.99999999999.html"), "no list has that many pages");
        assertEquals(Optional.empty(), lists.pageNow("tag/world-sims.0.html"));
        assertEquals(Optional.empty(), lists.pageNow("paper/world-sims.html"));
        assertFalse(lists.keptByFormerId("tag/world-sims.99999999999.html", Set.of("tag/world-simulators.html")));
    }
}
