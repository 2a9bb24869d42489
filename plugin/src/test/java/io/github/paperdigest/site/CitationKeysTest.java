package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.WrittenCitationKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CitationKeysTest {

    private static Paper paper(String slug, String title, List<String> authors, int year) {
        return new Paper(new PaperId("title:" + slug), slug, title, "", false, Optional.empty(), authors,
                Optional.of(LocalDate.of(year, 1, 1)), List.of(), List.of(), Optional.empty(), new TreeMap<>(),
                List.of(), List.of());
    }

    private static Map<PaperId, String> keys(List<Paper> papers) {
        return CitationKeys.of(papers, p -> p.published().map(LocalDate::getYear),
                Comparator.comparing((Paper p) -> p.published().orElse(LocalDate.MAX)));
    }

    @Test
    void aKeyIsTheFirstAuthorsFamilyNameTheYearAndTheFirstWordThatIsNotALittleWord() {
        Paper vlogger = paper("v", "Vlogger: Make Your Dream A Vlog", List.of("Shaobin Zhuang", "Kunchang Li"), 2024);
        Paper theVideo = paper("t", "The Video Whisperer", List.of("García Márquez, José"), 2023);
        Paper anonymous = paper("a", "A Deep Framework", List.of(), 2020);
        Map<PaperId, String> keys = keys(List.of(vlogger, theVideo, anonymous));
        assertEquals("zhuang2024vlogger", keys.get(vlogger.id()));
        assertEquals("garciamarquez2023video", keys.get(theVideo.id()));
        assertEquals("deepframework2020", keys.get(anonymous.id()), "without authors: the title's words and the year");
    }

    /**
     * A digest that names no authors (a copy of Hugging Face's page, titles and abstracts alone) gave keys of one
     * word, "e", "cg", "learning" and "learningb", which say nothing and clash with a reader's library: three of the
     * title's words that are not little words, each with its hyphens and dots gone, tell them apart.
     */
    @Test
    void aPaperWithoutAuthorsIsKeyedByThreeWordsOfItsTitle() {
        Paper et = paper("e", "E.T. Bench: Towards Open-Ended Event-Level Video-Language Understanding", List.of(), 0);
        Paper cg = paper("c", "CG-Bench: Clue-grounded Question Answering Benchmark", List.of(), 0);
        Paper weakly = paper("w", "Learning from Weakly-labeled Web Videos", List.of(), 0);
        Paper answer = paper("a", "Learning to Answer Visual Questions from Web Videos", List.of(), 0);
        Paper one = paper("o", "Dreams", List.of(), 0);
        Map<PaperId, String> keys = CitationKeys.of(List.of(et, cg, weakly, answer, one), p -> Optional.empty(),
                Comparator.comparing(Paper::slug));
        assertEquals("etbenchopenended", keys.get(et.id()));
        assertEquals("cgbenchcluegroundedquestion", keys.get(cg.id()));
        assertEquals("learningweaklylabeledweb", keys.get(weakly.id()));
        assertEquals("learninganswervisual", keys.get(answer.id()));
        assertEquals("dreams", keys.get(one.id()));
    }

    /**
     * A title's words are what white space separates, however much of it; a space that is not white space to a pattern
     * (a no-break space) joins the words it stands between, as it did when the title was split by {@code \\s+}.
     */
    @Test
    void aTitlesWordsAreSeparatedByAnyRunOfWhiteSpace() {
        Paper spaced = paper("s", "  Learning\t\tfrom \n Weakly-labeled\u000B\fWeb Videos ", List.of(), 0);
        Paper joined = paper("j", "Learning\u00a0from Weakly Web", List.of(), 0);
        Map<PaperId, String> keys = CitationKeys.of(List.of(spaced, joined), p -> Optional.empty(),
                Comparator.comparing(Paper::slug));
        assertEquals("learningweaklylabeledweb", keys.get(spaced.id()));
        assertEquals("learningfromweaklyweb", keys.get(joined.id()));
    }

    @Test
    void aTitleOfLongWordsIsCutAndATitleWithNoWordToKeyItByIsAPaper() {
        Paper longWords = paper("l", "Pneumonoultramicroscopicsilicovolcanoconiosis Antidisestablishmentarianism"
                + " Floccinaucinihilipilification", List.of(), 0);
        Paper little = paper("t", "To Be or Not To Be", List.of(), 0);
        Paper chinese = paper("c", "视频生成", List.of(), 0);
        Map<PaperId, String> keys = CitationKeys.of(List.of(longWords, little, chinese), p -> Optional.of(2024),
                Comparator.comparing(Paper::slug));
        assertEquals("pneumonoultramicroscopicsilicovolcanocon2024", keys.get(longWords.id()), "40 letters and the year");
        assertEquals("beornot2024", keys.get(little.id()), "the words that are not little words");
        assertEquals("paper2024", keys.get(chinese.id()), "no letter ASCII spells: a paper of its year");
    }

    /**
     * A particle is not part of the key, as in biblatex's labels by default (useprefix=false) and in how "van Gogh"
     * is sorted under G: "Theo van Gogh" gives "gogh", and a suffix is no family name either.
     */
    @Test
    void aFamilyNamesParticleAndANamesSuffixAreLeftOutOfTheKey() {
        Paper sunflowers = paper("s", "Sunflowers", List.of("Theo van Gogh"), 2020);
        Paper dream = paper("d", "Strength to Love", List.of("Martin Luther King Jr."), 1963);
        Map<PaperId, String> keys = keys(List.of(sunflowers, dream));
        assertEquals("gogh2020sunflowers", keys.get(sunflowers.id()));
        assertEquals("king1963strength", keys.get(dream.id()));
    }

    @Test
    void clashingKeysGetALetterAndTheOldestPaperKeepsTheKey() {
        Paper newer = paper("b", "Video generation at scale", List.of("A. Smith"), 2024);
        Paper older = paper("a", "Video models", List.of("B. Smith"), 2024);
        Paper third = paper("c", "Video tricks", List.of("C. Smith"), 2024);
        Map<PaperId, String> keys = CitationKeys.of(List.of(newer, older, third), p -> Optional.of(2024),
                Comparator.comparing(Paper::slug));
        assertEquals("smith2024video", keys.get(older.id()));
        assertEquals("smith2024videob", keys.get(newer.id()));
        assertEquals("smith2024videoc", keys.get(third.id()));
    }

    private static Paper written(Paper p, String key) {
        TreeMap<String, String> extra = new TreeMap<>(p.extra());
        extra.put(WrittenCitationKey.KEY, key);
        return new Paper(p.id(), p.slug(), p.title(), p.abstractText(), p.abstractTruncated(), p.arxivId(),
                p.authors(), p.published(), p.links(), p.tags(), p.upvotes(), extra, p.digests(), p.notes());
    }

    @Test
    void theKeyTheCuratorWroteIsThePapersKey() {
        Paper attention = written(paper("a", "Attention Is All You Need", List.of("Ashish Vaswani"), 2017),
                "Vaswani2017_NIPS");
        Paper bert = paper("b", "BERT", List.of("Jacob Devlin"), 2019);
        Map<PaperId, String> keys = keys(List.of(attention, bert));
        assertEquals("Vaswani2017_NIPS", keys.get(attention.id()), "as written, case and all");
        assertEquals("devlin2019bert", keys.get(bert.id()));
    }

    /** Two papers with one written key: the oldest keeps it, as with made keys, and the other is made one. */
    @Test
    void ofPapersWrittenWithOneKeyTheOldestKeepsItAndTheOtherIsMadeOne() {
        Paper older = written(paper("o", "Video models", List.of("B. Smith"), 2023), "smith-video");
        Paper newer = written(paper("n", "Video generation", List.of("A. Smith"), 2024), "Smith-Video");
        Map<PaperId, String> keys = keys(List.of(newer, older));
        assertEquals("smith-video", keys.get(older.id()));
        assertEquals("smith2024video", keys.get(newer.id()), "BibTeX tells keys apart case aside: not Smith-Video");
    }

    /** Each paper that loses its written key is a clash with the paper that keeps it, told with the key it gets. */
    @Test
    void eachPaperThatLosesItsWrittenKeyIsAClashNamingThePaperThatKeepsIt() {
        Paper older = written(paper("o", "Video models", List.of("B. Smith"), 2023), "smith-video");
        Paper newer = written(paper("n", "Video generation", List.of("A. Smith"), 2024), "Smith-Video");
        Paper newest = written(paper("w", "Video tricks", List.of("C. Smith"), 2025), "smith-video");
        Paper other = written(paper("x", "Something else", List.of("Jane Doe"), 2020), "doe2020");
        List<Paper> papers = List.of(newest, newer, other, older);
        List<CitationKeyClash> clashes = CitationKeys.clashes(papers, keys(papers));
        assertEquals(List.of(new CitationKeyClash(older, newest, "smith2025video"),
                new CitationKeyClash(older, newer, "smith2024video")), clashes);
        assertEquals("Two papers are written with one citation key, smith-video and Smith-Video (BibTeX tells keys apart"
                + " without case): \"Video models\" (a.bib:4) keeps it, being the paper that came out (or was listed)"
                + " first, and \"Video generation\" is cited as smith2024video on the site. Give one of them another key.",
                clashes.get(1).message(id -> id.equals(older.id()) ? Optional.of("a.bib:4") : Optional.empty()));
    }

    /** A made key never takes a key the curator wrote for another paper; it gets a letter, as in a clash. */
    @Test
    void aMadeKeyThatWouldBeAnotherPapersWrittenKeyGetsALetter() {
        Paper curated = written(paper("c", "Something else", List.of("Jane Doe"), 2020), "smith2024video");
        Paper made = paper("m", "Video generation", List.of("A. Smith"), 2024);
        Map<PaperId, String> keys = keys(List.of(made, curated));
        assertEquals("smith2024video", keys.get(curated.id()));
        assertEquals("smith2024videob", keys.get(made.id()));
    }

    @Test
    void aNameOrTitleWithoutLatinLettersStillGivesAKeyThatStartsWithALetter() {
        Paper p = paper("z", "视频理解", List.of("张三"), 2025);
        assertEquals("paper2025", keys(List.of(p)).get(p.id()));
    }
}
