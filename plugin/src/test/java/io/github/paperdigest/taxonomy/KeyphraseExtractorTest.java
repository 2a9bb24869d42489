package io.github.paperdigest.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {

    private final KeyphraseExtractor extractor = new KeyphraseExtractor(new TextAnalyzer());

    private static Paper paper(int n, String title, String abstractText) {
        return new Paper(new PaperId("title:p" + n), "p" + n, title, abstractText, false, Optional.empty(), List.of(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(), List.of(), List.of());
    }

    private Map<String, Keyphrase> extract(List<Paper> papers) {
        return extractor.extract(papers, 2, 0.5).stream().collect(Collectors.toMap(Keyphrase::key, k -> k));
    }

    @Test
    void aPhraseThatRecursAcrossPapersIsAKeyphraseWrittenAsMostPapersWriteIt() {
        List<Paper> papers = List.of(
                paper(1, "Sparse mixture of experts for translation", "We route tokens in a sparse mixture of experts."),
                paper(2, "Scaling Mixture of Experts", "A mixture of experts with many experts scales well."),
                paper(3, "Something else", "Graph neural networks on molecules."));
        Keyphrase moe = extract(papers).get("mixture of expert");
        assertEquals(2, moe.papers());
        assertEquals("Mixture of experts", moe.label().substring(0, 1).toUpperCase() + moe.label().substring(1).toLowerCase());
    }

    /**
     * A phrase does not cross punctuation or a dash set apart by spaces: the stretches it is taken from are those that
     * splitting on the pattern {@code [.,;:!?()\\[\\]{}"“”'’]|\\s[-–—]\\s} gives, checked on random texts of
     * those characters, other spaces and dashes, letters and a surrogate pair.
     */
    @Test
    void stretchesAreThoseOfSplittingOnPunctuationAndSpacedDashes() {
        java.util.regex.Pattern split = java.util.regex.Pattern.compile("[.,;:!?()\\[\\]{}\"“”'’]|\\s[-–—]\\s");
        String alphabet = "ab .,;:!?()[]{}\"“”'’-–—\t\n\u000B\f\r\u00A0\u2003x\uD83D\uDE00";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            List<String> expected = java.util.Arrays.stream(split.split(t)).filter(c -> !c.isEmpty()).toList();
            List<String> stretches = new java.util.ArrayList<>();
            KeyphraseExtractor.stretches(t, (from, to) -> {
                if (to > from) {
                    stretches.add(t.substring(from, to));
                }
            });
            assertEquals(expected, stretches, () -> "stretches of \"" + t + "\"");
        }
    }

    /**
     * The words taken as names are those the pattern {@code (?<![\w-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,20}(?![\w-])}
     * finds, checked on random texts of letters, digits, underscores, hyphens, spaces, a letter beyond ASCII and a
     * surrogate pair, and on words of 20 and 21 hyphens.
     */
    @Test
    void nameShapedWordsAreThoseOfTheNamePattern() {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(
                "(?<![\\w-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,20}(?![\\w-])");
        String alphabet = "aZb9_- -.é(\uD83D\uDE00Q";
        java.util.Random random = new java.util.Random(11);
        List<String> texts = new ArrayList<>();
        texts.add("a" + "-b".repeat(20) + " MSR-VTT c" + "-d".repeat(21) + " GPT-4");
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = name.matcher(t);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> found = new ArrayList<>();
            KeyphraseExtractor.nameShapedWords(t, (from, to) -> found.add(from + ":" + t.substring(from, to)));
            assertEquals(expected, found, () -> "names in \"" + t + "\"");
        }
    }

    /**
     * A second extraction, of papers some of which went and came (a new digest's, among the others, and papers gone),
     * finds the keyphrases an extraction without a memo finds: counts, labels, and which of two expansions of an
     * acronym is met first. It reads the phrases of the papers that came and went only.
     */
    @Test
    void anExtractionThatTakesUpTheLastOnesCountsFindsWhatOneWithoutAMemoFinds() {
        List<Paper> all = new ArrayList<>();
        String[] topics = {"video question answering", "Mixture of Experts", "graph neural networks", "MSR-VTT benchmark"};
        for (int i = 0; i < 40; i++) {
            String abstractText = "We study " + topics[i % topics.length] + " and " + topics[(i / 4) % topics.length]
                    + (i % 5 == 0 ? ". Multimodal large language models (MLLMs) help." : "")
                    + (i % 7 == 0 ? ". Many large learning models (MLLMs) differ." : "")
                    + (i % 3 == 0 ? " SWA and XYZ are used." : "")
                    + (i % 9 == 0 ? " Stochastic weight averaging (SWA) too." : "");
            all.add(paper(i, i % 2 == 0 ? "Scaling " + topics[i % 3] : "Notes " + i, abstractText));
        }
        List<Paper> first = new ArrayList<>(all.subList(0, 30));
        List<Paper> second = new ArrayList<>(all.subList(0, 30));
        second.remove(0); // one that defined MLLMs first goes
        second.remove(7);
        second.addAll(3, all.subList(30, 36)); // papers come among the others
        io.github.paperdigest.testing.RecordingMemo memo = new io.github.paperdigest.testing.RecordingMemo();
        assertEquals(extractor.extract(first, 2, 0.5), new KeyphraseExtractor(new TextAnalyzer(), memo).extract(first, 2, 0.5));
        io.github.paperdigest.testing.RecordingMemo next = memo.nextBuild();
        assertEquals(extractor.extract(second, 2, 0.5), new KeyphraseExtractor(new TextAnalyzer(), next).extract(second, 2, 0.5));
        assertEquals(7, next.made(), "the phrases of the 6 papers that came, and the merged phrases");
        io.github.paperdigest.testing.RecordingMemo damaged = memo.nextBuild(bytes -> java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertEquals(extractor.extract(second, 2, 0.5), new KeyphraseExtractor(new TextAnalyzer(), damaged).extract(second, 2, 0.5));
    }

    /** Forty papers on four topics, some of which define or write acronyms: what the memo tests extract from. */
    private static List<Paper> fortyPapers() {
        List<Paper> all = new ArrayList<>();
        String[] topics = {"video question answering", "Mixture of Experts", "graph neural networks", "MSR-VTT benchmark"};
        for (int i = 0; i < 40; i++) {
            String abstractText = "We study " + topics[i % topics.length] + " and " + topics[(i / 4) % topics.length]
                    + (i % 5 == 0 ? ". Multimodal large language models (MLLMs) help." : "")
                    + (i % 3 == 0 ? " SWA and XYZ are used." : "")
                    + (i % 9 == 0 ? " Stochastic weight averaging (SWA) too." : "");
            all.add(paper(i, i % 2 == 0 ? "Scaling " + topics[i % 3] : "Notes " + i, abstractText));
        }
        return all;
    }

    /**
     * A memo altered after its build (it sits beside the site, and a pull request can carry it with a checksum that
     * matches) so that the merged phrases write a phrase nearly the largest int times: the count is beyond what the
     * papers' texts can hold, so the memo's phrases are told unusable and merged anew, and the keyphrases, labels
     * included, are those found without a memo.
     */
    @Test
    void mergedPhrasesCountedBeyondThePapersTextsAreMergedAnew() {
        List<Paper> papers = fortyPapers().subList(0, 30);
        io.github.paperdigest.testing.RecordingMemo memo = new io.github.paperdigest.testing.RecordingMemo();
        new KeyphraseExtractor(new TextAnalyzer(), memo).extract(papers, 2, 0.5);
        String mergedKey = io.github.paperdigest.model.AnalysisMemo.key("keyphrase candidates merged");
        io.github.paperdigest.testing.RecordingMemo altered = memo.nextBuild((key, bytes) -> {
            if (!key.equals(mergedKey)) {
                return bytes;
            }
            KnownPhrases merged = KnownPhrases.of(bytes);
            merged.forms().get("graph neural network").put("GRAPH-NEURAL-NETWORKS", Integer.MAX_VALUE - 1);
            return merged.bytes();
        });
        List<Keyphrase> withoutMemo = extractor.extract(papers, 2, 0.5);
        assertEquals(withoutMemo, new KeyphraseExtractor(new TextAnalyzer(), altered).extract(papers, 2, 0.5));
        assertEquals(List.of("a phrase written 2147483646 times in texts of " + papers.stream()
                .mapToInt(p -> p.title().length() + 2 + p.abstractText().length()).sum() + " characters"),
                altered.unusable());
    }

    /**
     * A memo altered so that each paper's phrases are written nearly the largest int times: merged as they are, two
     * papers' counts would pass it and wrap round. Each paper's counts are bounded by its text, so they are read
     * again from the texts, and the keyphrases are those found without a memo.
     */
    @Test
    void papersPhrasesCountedBeyondTheirTextsAreReadAgain() {
        List<Paper> all = fortyPapers();
        List<Paper> first = all.subList(0, 30);
        List<Paper> second = new ArrayList<>(all.subList(2, 30));
        second.addAll(all.subList(30, 36));
        io.github.paperdigest.testing.RecordingMemo memo = new io.github.paperdigest.testing.RecordingMemo();
        new KeyphraseExtractor(new TextAnalyzer(), memo).extract(first, 2, 0.5);
        String mergedKey = io.github.paperdigest.model.AnalysisMemo.key("keyphrase candidates merged");
        io.github.paperdigest.testing.RecordingMemo altered = memo.nextBuild((key, bytes) -> {
            KeyphraseExtractor.PaperPhrases phrases = key.equals(mergedKey) ? null : KeyphraseExtractor.PaperPhrases.of(bytes);
            if (phrases == null) {
                return bytes;
            }
            Map<String, Map<String, Integer>> surface = new java.util.HashMap<>();
            phrases.surface().forEach((phrase, forms) -> {
                Map<String, Integer> many = new java.util.HashMap<>();
                forms.forEach((form, n) -> many.put(form, Integer.MAX_VALUE - 1));
                surface.put(phrase, many);
            });
            return new KeyphraseExtractor.PaperPhrases(surface, phrases.acronymOf(), phrases.bareAcronyms()).bytes();
        });
        assertEquals(extractor.extract(second, 2, 0.5), new KeyphraseExtractor(new TextAnalyzer(), altered).extract(second, 2, 0.5));
        assertTrue(altered.unusable().contains(
                "a paper's phrase written less than once, or more often than its text has characters"),
                altered.unusable().toString());
    }

    /**
     * An update by many papers looks their phrases up in parallel, and a full merge reads them in parallel: the
     * keyphrases, and the merged phrases kept for the next build, are the same on one thread as on several.
     */
    @Test
    void extractionsGiveTheSameOnOneThreadAsOnSeveral() throws Exception {
        List<Paper> all = fortyPapers();
        List<Paper> second = new ArrayList<>(all.subList(3, 30));
        second.addAll(all.subList(30, 40));
        String mergedKey = io.github.paperdigest.model.AnalysisMemo.key("keyphrase candidates merged");
        List<Object> results = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                io.github.paperdigest.testing.RecordingMemo memo = new io.github.paperdigest.testing.RecordingMemo();
                pool.submit(() -> new KeyphraseExtractor(new TextAnalyzer(), memo).extract(all.subList(0, 30), 2, 0.5)).get();
                io.github.paperdigest.testing.RecordingMemo next = memo.nextBuild();
                results.add(pool.submit(() -> new KeyphraseExtractor(new TextAnalyzer(), next).extract(second, 2, 0.5)).get());
                results.add(new TreeMap<>(KnownPhrases.of(next.held(mergedKey)).df()));
            } finally {
                pool.shutdown();
            }
        }
        assertEquals(results.subList(0, 2), results.subList(2, 4));
        assertEquals(extractor.extract(second, 2, 0.5), results.get(0));
    }

    @Test
    void aPhraseOfASinglePaperIsNot() {
        List<Paper> papers = List.of(
                paper(1, "Protein folding with transformers", "Protein folding is hard. Protein folding matters."),
                paper(2, "Unrelated", "Weather forecasting with graph neural networks."));
        assertFalse(extract(papers).containsKey("protein folding"));
    }

    @Test
    void phrasesMadeOfAbstractBoilerplateNeverQualify() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            papers.add(paper(i, "Paper " + i, "Extensive experiments demonstrate the effectiveness of the proposed"
                    + " method. Our findings highlight significant improvements over existing approaches. Future"
                    + " research directions are discussed. We generate videos with high-quality results."));
        }
        Map<String, Keyphrase> found = extract(papers);
        for (String junk : List.of("extensive experiment", "proposed method", "finding highlight", "significant improvement",
                "existing approach", "future research", "research direction", "generate video", "high quality result")) {
            assertFalse(found.containsKey(junk), junk + " in " + found.keySet());
        }
    }

    /**
     * "Short videos" are clips of seconds in one paper and TikTok's in another: no topic, whichever way it is written.
     * Other topics that start with "short" are.
     */
    @Test
    void shortVideosAreNoTopicButShortTextIs() {
        List<Paper> papers = List.of(
                paper(1, "Clips", "Short video diffusion models make short-video clips from short videos."),
                paper(2, "More clips", "Our short video model extends short videos to long ones."),
                paper(3, "Labels", "Short text classification labels short texts."),
                paper(4, "More labels", "Short text matters: we cluster short texts."),
                paper(5, "Weather", "Weather forecasting with graph neural networks."),
                paper(6, "Proteins", "Protein folding with transformers."));
        Map<String, Keyphrase> found = extract(papers);
        assertFalse(found.keySet().stream().anyMatch(k -> k.startsWith("short video")), found.keySet().toString());
        assertTrue(found.containsKey("short text"), found.keySet().toString());
    }

    @Test
    void namesOfMethodsAndDatasetsAreKeyphrases() {
        List<Paper> papers = List.of(
                paper(1, "A", "We evaluate on ActivityNet and MSR-VTT with GPT-4 as a judge."),
                paper(2, "B", "Results on ActivityNet, MSR-VTT and Kinetics-400 are reported; GPT-4 helps."),
                paper(3, "C", "Nothing to see here."));
        Map<String, Keyphrase> found = extract(papers);
        assertTrue(found.containsKey("activitynet"), found.keySet().toString());
        assertEquals("MSR-VTT", found.get("msr vtt").label());
        assertEquals("GPT-4", found.get("gpt 4").label());
    }

    @Test
    void anAcronymDefinedInTheTextIsOneTermWithItsExpansion() {
        List<Paper> papers = List.of(
                paper(1, "A", "Multimodal large language models (MLLMs) can watch videos. MLLMs are strong."),
                paper(2, "B", "We study multimodal large language models for audio. Our MLLM listens."),
                paper(3, "C", "MLLMs and multimodal large language models, again."));
        List<Keyphrase> found = extractor.extract(papers, 2, 1.0);
        Keyphrase term = found.stream().filter(k -> k.key().equals("mllm") || k.key().equals("multimodal large language model"))
                .findFirst().orElseThrow();
        assertEquals(1, found.stream().filter(k -> k.key().equals("mllm") || k.key().equals("multimodal large language model"))
                .count(), "one term, not two");
        assertEquals(1, term.variants().size(), term.toString());
    }

    @Test
    void anUndefinedShortAcronymIsTooAmbiguousToBeATag() {
        List<Paper> papers = List.of(paper(1, "A", "We use SWA here."), paper(2, "B", "SWA again."), paper(3, "C", "And SWA."));
        assertFalse(extract(papers).containsKey("swa"));
    }
}
