package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsAndSplitAtAnythingButLettersAndDigits() {
        assertEquals(List.of("schrodinger", "bridge", "text", "video", "t2v", "3d", "gaussians"),
                SearchWords.of("Schrödinger-Bridge: text-to-video (T2V) with 3D Gaussians!"));
    }

    @Test
    void stopwordsAndSingleCharactersAreDropped() {
        assertEquals(List.of("model", "world"), SearchWords.of("The model of a world, by X and Y"));
    }

    @Test
    void repeatsAreKeptInOrder() {
        assertEquals(List.of("video", "diffusion", "video"), SearchWords.of("Video diffusion for video"));
    }

    @Test
    void scriptsWithoutCaseOrSpacesAreKeptWhole() {
        assertEquals(List.of("视频生成", "модель"), SearchWords.of("视频生成 · Модель"));
    }

    @Test
    void theIndexListsEachWordOnceInWordOrderWithThePapersItIsInAndWhetherInTheTitle() {
        List<IndexedWord> index = SearchWordIndex.of(List.of(
                paper("Video diffusion", "Diffusion of video, again video."),
                paper("Audio", "We denoise video frames.")));

        assertEquals(List.of("again", "audio", "denoise", "diffusion", "frames", "video"),
                index.stream().map(IndexedWord::word).toList());
        assertEquals(List.of(new Occurrence(0, true), new Occurrence(1, false)), occurrences(index, "video"));
        assertEquals(List.of(new Occurrence(1, true)), occurrences(index, "audio"));
        assertEquals(List.of(new Occurrence(0, false)), occurrences(index, "again"));
    }

    private static List<Occurrence> occurrences(List<IndexedWord> index, String word) {
        return index.stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow().occurrences();
    }

    private static Paper paper(String title, String abstractText) {
        return new Paper(new PaperId("title:" + title), title.toLowerCase(), title, abstractText, false,
                Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(),
                List.of(), List.of());
    }
}
