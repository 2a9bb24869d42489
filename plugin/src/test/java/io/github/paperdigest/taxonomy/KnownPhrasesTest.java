package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownPhrasesTest {

    /** A paper's phrases: each phrase written one way, as often as given. */
    private static KeyphraseExtractor.PaperPhrases paper(Map<String, Integer> written, Map<String, String> acronymOf) {
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        written.forEach((form, n) -> surface.put(form.toLowerCase(java.util.Locale.ROOT), Map.of(form, n)));
        return new KeyphraseExtractor.PaperPhrases(surface, new LinkedHashMap<>(acronymOf), Set.of());
    }

    private static final Map<String, KeyphraseExtractor.PaperPhrases> PAPERS = Map.of(
            "a", paper(Map.of("Video Diffusion", 2, "MSR-VTT", 1), Map.of("video diffusion model", "vdm")),
            "b", paper(Map.of("video diffusion", 1), Map.of()),
            "c", paper(Map.of("Graph Networks", 3, "MSR-VTT", 1), Map.of("graph network", "gn")),
            "d", paper(Map.of("graph networks", 1, "Video Diffusion", 1), Map.of("video diffusion model", "vd")),
            "e", paper(Map.of("MSR-VTT", 4), Map.of()));

    private static KnownPhrases merged(List<String> keys) {
        return KnownPhrases.merged(keys, keys.stream().map(PAPERS::get).toList());
    }

    private static KnownPhrases updated(KnownPhrases last, List<String> now, long longest) throws KnownPhrases.Unmerged {
        return last.updated(now, PAPERS::get, i -> PAPERS.get(now.get(i)), longest);
    }

    @Test
    void anUpdateByThePapersThatCameAndWentCountsWhatMergingAnewCounts() throws KnownPhrases.Unmerged {
        List<String> now = List.of("b", "c", "d", "e");
        KnownPhrases updated = updated(merged(List.of("a", "b", "c", "d")), now, 1_000);
        KnownPhrases anew = merged(now);
        assertNotNull(updated);
        assertEquals(anew.df(), updated.df());
        assertEquals(anew.forms(), updated.forms());
        assertEquals(anew.acronymOf(), updated.acronymOf(), "the first definition met in the papers' order wins");
    }

    @Test
    void countsThatWouldPassTheLargestIntAreNoMerge() {
        KnownPhrases last = merged(List.of("a", "b", "c"));
        last.forms().get("msr-vtt").put("MSR-VTT", Integer.MAX_VALUE - 1);
        KnownPhrases.Unmerged e = assertThrows(KnownPhrases.Unmerged.class,
                () -> updated(last, List.of("a", "b", "c", "e"), Long.MAX_VALUE));
        assertEquals("a count beyond the largest int", e.getMessage());
    }

    @Test
    void takingAwayMoreThanWasCountedIsNoMerge() {
        KnownPhrases last = merged(List.of("a", "b", "c", "d"));
        // the papers wrote it as "MSR-VTT" twice, not as "Msr-Vtt"
        last.forms().get("msr-vtt").remove("MSR-VTT");
        last.forms().get("msr-vtt").put("Msr-Vtt", 2);
        KnownPhrases.Unmerged e = assertThrows(KnownPhrases.Unmerged.class,
                () -> updated(last, List.of("b", "c", "d"), 1_000));
        assertEquals("a phrase written fewer times than the papers gone wrote it", e.getMessage());
    }

    @Test
    void aPhraseWrittenMoreOftenThanThePapersTextsHaveCharactersIsNoMerge() {
        KnownPhrases last = merged(List.of("a", "b", "c"));
        last.forms().get("graph networks").put("GRAPH NETWORKS", 50);
        KnownPhrases.Unmerged e = assertThrows(KnownPhrases.Unmerged.class,
                () -> updated(last, List.of("a", "b", "c"), 40));
        assertEquals("a phrase written 50 times in texts of 40 characters", e.getMessage());
    }
}
