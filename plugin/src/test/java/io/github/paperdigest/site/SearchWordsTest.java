package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.LiteralAuthors;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.site.SearchIndex.IndexedWord;
import io.github.paperdigest.site.SearchIndex.Occurrence;
import io.github.paperdigest.testing.PropertyCheck;
import io.github.paperdigest.testing.RecordingMemo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    /**
     * Chinese and Japanese write no space between words: a run of their characters, taken as one word, was found only
     * from its first character ("生成" found nothing in "视频生成的研究"). It is the pairs of characters next to each other,
     * as search-engine.js splits it (its test "Chinese and Japanese text, …" has the same text and words).
     */
    @Test
    void chineseAndJapaneseRunsAreThePairsOfCharactersTheyHold() {
        assertEquals(List.of("视频", "频生", "生成", "成的", "的研", "研究", "gpt", "视频", "テー", "ータ"),
                SearchWords.of("视频生成的研究 GPT视频 データ 的"));
    }

    @Test
    void wordsAreLowerCaseWithoutAccentsAndSplitAtAnythingButLettersAndDigits() {
        assertEquals(List.of("schrodinger", "bridge", "text", "video", "t2v", "3d", "gaussians"),
                SearchWords.of("Schrödinger-Bridge: text-to-video (T2V) with 3D Gaussians!"));
    }

    @Test
    void stopwordsAndSingleCharactersAreDropped() {
        assertEquals(List.of("model", "world"), SearchWords.of("The model of a world, by X and Y"));
    }

    /** "C++" split at its signs was the letter "c", which search drops: a researcher searching "C++" found nothing. */
    @Test
    void aLetterWithPlusPlusOrHashIsTheWordOfALanguage() {
        assertEquals(List.of("compiling", "c++", "c#", "f#", "17", "notepad", "nc"),
                SearchWords.of("Compiling C++, C# and (F#)17 in Notepad++ nC#"));
        assertEquals(SearchWords.of("C++ é"), SearchWords.of("C++ e"), "the same words whether the text is ASCII or not");
    }

    /**
     * A lone "R" or the "2" of "Llama 2" is a word of a title; an abstract's letters ("k", "n", "x") are too many
     * and too seldom meant to be worth their postings.
     */
    @Test
    void aTitleKeepsItsWordsOfOneCharacterButTheCommonestWord() {
        assertEquals(List.of("llama", "2", "r", "c++", "world"), SearchWords.ofTitle("Llama 2: R for a C++ world"));
        assertEquals(List.of("llama", "c++", "world"), SearchWords.of("Llama 2: R for a C++ world"));
        assertEquals(List.of("视频", "的"), SearchWords.ofTitle("视频 的"));
    }

    /**
     * A letter beside an apostrophe is an elision, no word of one character: "t" and "s" would be a title's commonest,
     * and "don't" would put first the titles with a possessive.
     */
    @Test
    void aTitleHasNoWordOfTheLetterOfAnElision() {
        assertEquals(List.of("don", "stop", "bert", "attention", "brien", "image", "llama", "2"),
                SearchWords.ofTitle("Don't Stop: BERT's Attention, O'Brien\u2019s l'image of Llama 2"));
        WordTable table = new WordTable(SearchWords.STOPWORDS);
        List<String> numbered = new ArrayList<>();
        SearchWords.numberTitle("Don't Stop: BERT's Attention, O'Brien's l'image of Llama 2", table,
                n -> numbered.add(table.word(n)));
        assertEquals(List.of("don", "stop", "bert", "attention", "brien", "image", "llama", "2"), numbered);
    }

    /** A tag is found by its aliases of one word; a run of Chinese or Japanese characters is one, split as it is. */
    @Test
    void aNameIsOneWordWhenItHasOneRunOfLettersAndDigitsThatSearchFinds() {
        for (String one : List.of("NeRF", "The NeRF", "T2V", "R", "C++", "视频生成", "テキスト動画", "GPT视频", "GPT-4",
                "Llama 2", "Wav2Vec 2.0", "X-CLIP")) {
            assertEquals(true, SearchWords.isOneWord(one), one);
        }
        for (String more : List.of("video diffusion model", "3D-GS", "视频 生成", "the", "", "C++ programming", "3-D")) {
            assertEquals(false, SearchWords.isOneWord(more), more);
        }
    }

    @Test
    void repeatsAreKeptInOrder() {
        assertEquals(List.of("video", "diffusion", "video"), SearchWords.of("Video diffusion for video"));
    }

    @Test
    void greekLettersAreTheirNamesAndLettersWithoutADecompositionAreSpelledOut() {
        assertEquals(List.of("alpha", "entmax", "beta", "vae", "strasse", "l2", "pawel"),
                SearchWords.of("α-Entmax, β-VAE: Straße of L₂ by Paweł"));
        assertEquals(List.of("alpha"), SearchWords.of("α"), "a Greek letter alone is a word");
    }

    @Test
    void theNamesOfTexCommandsAreNoWordsButThoseOfGreekLettersAreTheLetters() {
        assertEquals(List.of("loss", "alpha", "epsilon", "omega", "bold", "video"),
                SearchWords.of("A loss $\\mathcal{L}_\\alpha + \\varepsilon\\sqrt{2} \\Omega$ and \\textbf{bold} video"));
        assertEquals(SearchWords.of("a $\\mathcal{L}$ loss é"), SearchWords.of("a $\\mathcal{L}$ loss e"),
                "the same words whether the text is ASCII or not");
    }

    @Test
    void scriptsWithoutCaseAreKeptAndRunsWithoutSpacesAreThePairsTheyHold() {
        assertEquals(List.of("视频", "频生", "生成", "модель"), SearchWords.of("视频生成 · Модель"));
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

    /**
     * The index numbers words in a table rather than making strings of them: whatever the text, the words it numbers
     * are those {@link SearchWords#of} lists, in order, and a table gives a word met again the number it gave first.
     */
    @Test
    void numberedWordsAreTheSearchableWordsInOrder() {
        PropertyCheck.forAll("numbered words", SearchWordsTest::text).tries(1000).check(text -> {
            WordTable table = new WordTable(SearchWords.STOPWORDS);
            List<String> numbered = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                numbered.clear();
                SearchWords.number(text, table, n -> numbered.add(table.word(n)));
                assertEquals(SearchWords.of(text), numbered, text);
                numbered.clear();
                SearchWords.numberTitle(text, table, n -> numbered.add(table.word(n)));
                assertEquals(SearchWords.ofTitle(text), numbered, text);
            }
        });
    }

    /**
     * The index splits papers in chunks, each with a table of its own, a block of chunks at a time: over enough papers
     * to cross both, it is the index of each paper's searchable words taken in order, title first.
     */
    @Test
    void theIndexOfManyPapersIsTheirSearchableWordsInPaperOrderTitleFirst() {
        Random r = new Random(2300);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 2300; i++) {
            papers.add(paper("Paper " + i + " " + pieces(r, 8), pieces(r, 30)));
        }
        Map<String, List<Occurrence>> expected = new TreeMap<>();
        for (int i = 0; i < papers.size(); i++) {
            int paper = i;
            SearchWords.ofTitle(papers.get(i).title()).forEach(w -> addOnce(expected, w, paper, true));
            SearchWords.of(papers.get(i).abstractText()).forEach(w -> addOnce(expected, w, paper, false));
        }
        assertEquals(expected.entrySet().stream().map(e -> new IndexedWord(e.getKey(), e.getValue())).toList(),
                SearchWordIndex.of(papers));
    }

    private static void addOnce(Map<String, List<Occurrence>> index, String word, int paper, boolean inTitle) {
        List<Occurrence> occurrences = index.computeIfAbsent(word, w -> new ArrayList<>());
        if (occurrences.isEmpty() || occurrences.get(occurrences.size() - 1).paper() != paper) {
            occurrences.add(new Occurrence(paper, inTitle));
        }
    }

    /**
     * A build keeps each paper's words for the next, which splits only the papers whose text it has not seen: whatever
     * came, went, changed or moved, its index is that of a build without a memo.
     */
    @Test
    void aRebuildTakesTheWordsOfUnchangedPapersFromTheMemoAndMakesTheIndexOfAFullBuild() {
        Random r = new Random(36);
        List<Paper> first = new ArrayList<>();
        for (int i = 0; i < 2300; i++) {
            first.add(paper("Paper " + i + " " + pieces(r, 8), pieces(r, 30), venue(r)));
        }
        RecordingMemo memo = new RecordingMemo();
        assertEquals(SearchWordIndex.of(first), SearchWordIndex.of(first, memo));

        List<Paper> next = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            next.add(paper("New paper " + i + " " + pieces(r, 8) + " w" + i, pieces(r, 30), venue(r)));
        }
        for (int i = 0; i < first.size(); i++) {
            Paper kept = first.get(i);
            if (i % 97 == 5) {
                continue; // gone
            }
            next.add(i % 89 == 3 ? paper(kept.title(), kept.abstractText() + " changed" + i, kept.venue()) : kept);
        }
        Collections.swap(next, 400, 2000);
        RecordingMemo rebuild = memo.nextBuild();

        assertEquals(SearchWordIndex.of(next), SearchWordIndex.of(next, rebuild));
        assertEquals(1, rebuild.recalled());
        assertEquals(1, rebuild.made(), "the words of the new papers are kept for the build after");
        RecordingMemo third = rebuild.nextBuild();
        assertEquals(SearchWordIndex.of(next), SearchWordIndex.of(next, third));
        assertEquals(0, third.made(), "nothing new: the memo holds the words as they are");
    }

    @Test
    void aMemoThatIsNotTheWordsOfPapersIsForgottenAndThePapersAreSplit() {
        List<Paper> papers = List.of(paper("Video diffusion", "Diffusion of video."), paper("Audio", "Frames."));
        for (byte[] bytes : List.of(new byte[] {1, 2, 3}, new byte[0], new byte[64])) {
            RecordingMemo memo = RecordingMemo.holdingEverywhere(bytes);
            assertEquals(SearchWordIndex.of(papers), SearchWordIndex.of(papers, memo));
            assertEquals(1, memo.made());
        }
    }

    /**
     * A paper's two counts, forged near the largest int so that their sum wraps round to where they began, give it no
     * words from the memo: the memo is refused and the paper split, as in a build without it (found in review).
     */
    @Test
    void countsThatWrapRoundAreNoPapersWords() {
        List<Paper> papers = List.of(paper("Video diffusion", "Diffusion of video."));
        RecordingMemo first = new RecordingMemo();
        SearchWordIndex.of(papers, first);
        RecordingMemo forged = first.nextBuild(bytes -> MemoBytes.decode(bytes, in -> {
            MemoBytes.Writer out = new MemoBytes.Writer();
            int count = in.size(2);
            out.number(count);
            for (int i = 0; i < count; i++) {
                out.text(in.text());
            }
            out.longs(in.longs());
            in.smallNumbers(); // the paper's counts and word numbers, replaced
            return out.smallNumbers(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}).bytes();
        }));

        assertEquals(SearchWordIndex.of(papers), SearchWordIndex.of(papers, forged));
    }

    @Test
    void aTableGivesEachWordOneNumberWhateverItsCaseAndLeavesStopwordsOut() {
        WordTable table = new WordTable(SearchWords.STOPWORDS);
        List<Integer> numbers = new ArrayList<>();
        SearchWords.number("Video VIDEO video The tHE vidEo", table, numbers::add);
        assertEquals(4, numbers.size());
        assertEquals(1, numbers.stream().distinct().count());
        assertEquals("video", table.word(numbers.get(0)));
    }

    /** Words of ASCII letters in either case, digits, stopwords, accented and other scripts, apart and run together. */
    private static String text(Random r) {
        StringBuilder text = new StringBuilder(pieces(r, 40));
        // many words, so that the table grows past its first size
        for (int i = 0, n = r.nextInt(4) == 0 ? 3000 : 0; i < n; i++) {
            text.append(" w").append(Integer.toString(r.nextInt(5000), 36));
        }
        return text.toString();
    }

    /** Fewer than {@code most} pieces, some run together. */
    private static String pieces(Random r, int most) {
        String[] pieces = {"Video", "video", "VIDEO", "The", "the", "of", "A", "3D", "t2v", "Schrödinger", "Café",
            "视频生成", "Модель", "ﬁne", "x", "-", " ", ", ", "(", ")", ":", "'", "\n", "1", "42", "LLaMA", "é", "e\u0301",
            // what a text folded a run between spaces at a time could get wrong: a Greek capital sigma, whose lower case
            // depends on the letters around it, Greek letters alone and in words, a mark after a space, a space that
            // decomposes to a space, typographic quotes and signs in ASCII text
            "ΟΔΟΣ", "Σ", "ΑΣ", "α", "β-VAE", "\u0301", "\u00a0", "\u00a8", "“", "”", "×", "–", "\uD800",
            // languages named with signs, and signs that name none
            "C++", "c#", "F#", "+", "++", "#", "Ç++",
            // elisions, whose letter is no word of a title: with a straight and a typographic apostrophe
            "n't", "\u2019s", "l'", "é'"};
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = r.nextInt(most); i < n; i++) {
            text.append(pieces[r.nextInt(pieces.length)]);
            if (r.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static List<Occurrence> occurrences(List<IndexedWord> index, String word) {
        return index.stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow().occurrences();
    }

    private static Paper paper(String title, String abstractText) {
        return paper(title, abstractText, Optional.empty());
    }

    private static Paper paper(String title, String abstractText, Optional<String> venue) {
        return new Paper(new PaperId("title:" + title), title.toLowerCase(), title, abstractText, false,
                Optional.empty(), Optional.empty(), List.of(), LiteralAuthors.NONE, Optional.empty(), venue, List.of(),
                List.of(), Optional.empty(), new TreeMap<>(), List.of(), List.of());
    }

    private static Optional<String> venue(Random r) {
        return r.nextInt(3) == 0 ? Optional.of(r.nextBoolean() ? "CVPR 2024" : "NeurIPS") : Optional.empty();
    }
}
