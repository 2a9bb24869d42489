package io.github.paperdigest.taxonomy;

import io.github.paperdigest.markup.MarkdownRenderer;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import io.github.paperdigest.model.Tag;
import io.github.paperdigest.model.TagOrigin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Gives each paper its tags, from three sources: tags a person wrote (always kept, first), the
 * vocabulary's terms, and keyphrases the corpus itself keeps using. A term counts for a paper when it
 * is in the title or repeated in the abstract; a single passing mention is used only to reach
 * {@link #MIN_TAGS}. Found terms are ranked most specific first: how strongly the paper uses the term,
 * weighted by how rare the term is in the corpus.
 */
public final class Tagger {

    public static final int MIN_TAGS = 2;
    public static final int MAX_TAGS = 8;
    /** Keyphrases are a sharper but noisier source than the vocabulary: a few per paper at most. */
    static final int MAX_KEYPHRASE_TAGS = 3;
    /** A keyphrase that most of the corpus uses says nothing about a paper. */
    static final double MAX_KEYPHRASE_SHARE = 0.25;
    static final int KEYPHRASE_SAMPLE = 5_000;
    private static final int TITLE_WEIGHT = 3;

    private final Vocabulary vocabulary;
    private final KeyphraseExtractor keyphrases;
    private final MarkdownRenderer markdown;
    private final TextAnalyzer analyzer;
    private final AnalysisMemo memo;

    public Tagger(Vocabulary vocabulary, KeyphraseExtractor keyphrases, MarkdownRenderer markdown, TextAnalyzer analyzer) {
        this(vocabulary, keyphrases, markdown, analyzer, AnalysisMemo.none());
    }

    /** A tagger that takes a paper's evidence from {@code memo} when an earlier build matched the same terms in the same text. */
    public Tagger(Vocabulary vocabulary, KeyphraseExtractor keyphrases, MarkdownRenderer markdown, TextAnalyzer analyzer,
            AnalysisMemo memo) {
        this.vocabulary = vocabulary;
        this.keyphrases = keyphrases;
        this.markdown = markdown;
        this.analyzer = analyzer;
        this.memo = memo;
    }

    /**
     * Which tags each paper has, the tags themselves, and which of them a person wrote on a paper: one that names a
     * vocabulary term is the term's tag, of the vocabulary's origin, and still a tag someone chose.
     */
    public record Result(Map<PaperId, List<String>> paperTags, Map<String, Tag> tags, Set<String> written) {
        public Result {
            written = Set.copyOf(written);
        }
    }

    public Result tag(Corpus corpus) {
        return tag(corpus, java.util.Optional.empty());
    }

    /**
     * As {@link #tag(Corpus)}; with the papers' embeddings, a term found only in an abstract is kept only when the
     * paper is about what the term's other papers are about, and a keyphrase whose papers have no topic in common
     * is no tag ({@link TagCoherence}).
     */
    public Result tag(Corpus corpus, java.util.Optional<PaperVectors> vectors) {
        return tag(corpus, vectors, SettledPapers.all(corpus.byId().keySet()));
    }

    /**
     * As {@link #tag(Corpus, java.util.Optional)}, with how rare a term is, which ranks a paper's terms, counted among
     * the settled papers only: the papers a new digest brings then leave the order of an older paper's tags as it
     * was.
     */
    public Result tag(Corpus corpus, java.util.Optional<PaperVectors> vectors, SettledPapers settled) {
        return tag(corpus, vectors, settled, PaperWords.none());
    }

    /** As above, splitting the papers' texts into words by {@code words}, which may keep them for related papers. */
    Result tag(Corpus corpus, java.util.Optional<PaperVectors> vectors, SettledPapers settled, PaperWords words) {
        List<Paper> papers = corpus.papers();
        Map<String, Tag> found = new HashMap<>();
        Map<String, String> sameConcept = new HashMap<>();
        TermMatcher vocabularyMatcher = vocabulary.matcher();
        TermMatcher keyphraseMatcher = new TermMatcher(keyphraseTerms(papers, found, sameConcept, vocabularyMatcher), analyzer);
        KeyphraseChange change = keyphraseChange(keyphraseMatcher);

        Map<PaperId, Map<String, Integer>> strengths = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Evidence> evidence = papers.parallelStream()
                .map(paper -> evidenceOf(paper, vocabularyMatcher, keyphraseMatcher, change, words)).toList();
        Map<PaperId, Set<String>> inTitles = new HashMap<>();
        for (int i = 0; i < papers.size(); i++) {
            Evidence own = evidence.get(i).as(sameConcept);
            Map<String, Integer> strength = own.strength();
            inTitles.put(papers.get(i).id(), own.inTitle());
            strengths.put(papers.get(i).id(), strength);
            if (!settled.contains(papers.get(i).id())) {
                continue;
            }
            strength.forEach((id, s) -> {
                if (s >= 2) {
                    documentFrequency.merge(id, 1, Integer::sum);
                }
            });
        }

        Map<String, Tag> tags = new TreeMap<>();
        Map<PaperId, List<String>> paperTags = new HashMap<>();
        // each term's specificity worked out once, not once for each paper that has it
        Map<String, Double> specificities = new HashMap<>();
        for (Paper paper : papers) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String written : paper.tags()) {
                chosen.add(writtenTag(written, tags));
            }
            Map<String, Integer> strength = strengths.get(paper.id());
            // each term's weight once, not at every comparison of the sort
            Map<String, Double> weight = new HashMap<>();
            strength.forEach((id, st) -> weight.put(id, -st * specificities.computeIfAbsent(id,
                    term -> specificity(term, documentFrequency, settled.count()))));
            Comparator<String> mostSpecificFirst = Comparator.comparingDouble((String id) -> weight.get(id))
                    .thenComparing(id -> id);
            List<String> strong = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            strength.forEach((id, s) -> (s >= 2 ? strong : weak).add(id));
            strong.sort(mostSpecificFirst);
            int keyphraseCount = 0;
            for (String id : strong) {
                if (chosen.size() >= MAX_TAGS) {
                    break;
                }
                boolean keyphrase = found.containsKey(id);
                if (keyphrase && keyphraseCount >= MAX_KEYPHRASE_TAGS) {
                    continue;
                }
                if (chosen.add(id) && keyphrase) {
                    keyphraseCount++;
                }
            }
            if (chosen.size() < MIN_TAGS) {
                // terms mentioned once make up a paper's tags only when stronger ones are too few
                weak.sort(mostSpecificFirst);
                for (String id : weak) {
                    if (chosen.size() >= MIN_TAGS) {
                        break;
                    }
                    chosen.add(id);
                }
            }
            paperTags.put(paper.id(), new ArrayList<>(chosen));
        }
        Map<PaperId, Set<String>> writtenOn = writtenIds(papers);
        vectors.ifPresent(v -> new TagCoherence().filter(paperTags, found.keySet(), id -> found.get(id).label(), inTitles, writtenOn, v));
        dropLoneKeyphrases(paperTags, found);
        paperTags.replaceAll((id, list) -> List.copyOf(list));
        paperTags.values().forEach(list -> list.forEach(id -> tags.computeIfAbsent(id, k -> found.containsKey(k)
                ? found.get(k) : vocabularyTag(k))));
        Set<String> written = new HashSet<>();
        writtenOn.values().forEach(written::addAll);
        written.retainAll(tags.keySet());
        return new Result(paperTags, tags, written);
    }

    /**
     * These papers' tags when they are tagged as an archive of their own, made when asked, under a key that names all
     * the tagging reads: each paper's id, title, abstract and written tags, in order, and the vocabulary's terms. The
     * memo is only read: it keeps each paper's evidence for the whole archive's keyphrases, which holds for these
     * papers' keyphrases too wherever no phrase that differs between the two can be in the paper's text (as it holds
     * in a rebuild whose keyphrases changed); the phrases each text may make keyphrases of are kept by the text alone,
     * and are shared.
     */
    public SettledTags alone(List<Paper> papers) {
        List<String> parts = new ArrayList<>(2 + papers.size() * 5);
        parts.add("papers tagged alone");
        parts.add(vocabulary.fingerprint());
        for (Paper p : papers) {
            parts.add(p.id().value());
            parts.add(p.title());
            parts.add(p.abstractText());
            parts.addAll(AnalysisMemo.counted(p.tags()));
        }
        Tagger reader = new Tagger(vocabulary, keyphrases.forOtherPapers(), markdown, analyzer, memo.readOnly());
        return new SettledTags(AnalysisMemo.key(parts.toArray(String[]::new)),
                () -> reader.tag(Corpus.of(papers, List.of())));
    }

    /**
     * The papers keyphrases are looked for in: all of them up to {@link #KEYPHRASE_SAMPLE}, else that many drawn by
     * their own numbers ({@link PaperKeys}), in the corpus's order. A phrase used by 0.3 % of the corpus is found in
     * the sample as surely; matching the phrases found then runs on every paper. Keeps discovery's cost flat as the
     * archive grows, and a paper added to a large archive changes the sample by itself alone, so that the tags found
     * stay the same.
     */
    static List<Paper> sample(List<Paper> papers) {
        if (papers.size() <= KEYPHRASE_SAMPLE) {
            return papers;
        }
        int[] rows = PaperKeys.of(papers.stream().map(Paper::id).toList()).sample(KEYPHRASE_SAMPLE);
        List<Paper> sample = new ArrayList<>(rows.length);
        for (int row : rows) {
            sample.add(papers.get(row));
        }
        return sample;
    }

    /**
     * What a paper's text says of each term: how strongly it uses it (three per mention in the title, one per
     * mention in the abstract), and which terms its title names.
     */
    private record Evidence(Map<String, Integer> strength, Set<String> inTitle) {

        /**
         * The evidence with each keyphrase that is a form of a known tag counted as that tag, its mentions added to
         * the tag's. Applied after the evidence is recalled, not kept in the memo: which tags are known (those a
         * person wrote) can change while the keyphrases, which the memo's evidence is keyed by, stay the same.
         */
        Evidence as(Map<String, String> sameConcept) {
            if (sameConcept.isEmpty() || strength.keySet().stream().noneMatch(sameConcept::containsKey)) {
                return this;
            }
            Map<String, Integer> merged = new LinkedHashMap<>();
            strength.forEach((id, s) -> merged.merge(sameConcept.getOrDefault(id, id), s, Integer::sum));
            Set<String> titled = new HashSet<>();
            inTitle.forEach(id -> titled.add(sameConcept.getOrDefault(id, id)));
            return new Evidence(merged, titled);
        }
    }

    /**
     * How the corpus's keyphrases changed since the last build: the phrases of those that came, went or changed
     * ({@link TermShingles#phrasesChangedSince}), when the last build's keyphrases are known. The last build's are
     * recalled, and this build's kept for the next.
     */
    private KeyphraseChange keyphraseChange(TermMatcher keyphraseMatcher) {
        String key = AnalysisMemo.key("keyphrase terms of the last build");
        byte[] kept = memo.recall(key);
        TermShingles last = TermShingles.of(kept);
        TermShingles now = keyphraseMatcher.shingles();
        byte[] bytes = now.bytes();
        if (kept != null && (last == null || bytes == null)) {
            memo.forget(key); // not terms, or terms older than this build's, which cannot be kept
        }
        if (bytes != null && !Arrays.equals(bytes, kept)) {
            memo.remember(key, bytes);
        }
        return last == null ? KeyphraseChange.UNKNOWN : new KeyphraseChange(last.fingerprint(), now.phrasesChangedSince(last));
    }

    /**
     * The keyphrases' change since a build whose matcher had the fingerprint {@code since}: the shingles of each phrase
     * that came, went or changed, or null when that cannot be told from shingles.
     */
    private record KeyphraseChange(String since, List<int[]> phrases) {
        static final KeyphraseChange UNKNOWN = new KeyphraseChange("", null);

        /**
         * Whether evidence found with the keyphrases of {@code earlier} holds now for a text with this filter: the
         * change is since that build, and the text surely holds none of the phrases that changed, so it may hold the
         * same terms as then ({@link PossibleTerms}).
         */
        boolean leavesAlone(String earlier, ShingleFilter filter) {
            if (phrases == null || !since.equals(earlier)) {
                return false;
            }
            for (int[] phrase : phrases) {
                if (filter.mayHoldAll(phrase)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A paper's evidence, as an earlier build found it in the same text with the same vocabulary and keyphrases that
     * may occur in it ({@link TermMatcher#fingerprintFor}), or found now. Keyphrases the paper's words cannot make do
     * not count: a new digest changes the corpus's keyphrases, and most papers' evidence stays as it was. Most papers'
     * texts are not even split into words again: their filter rules out every keyphrase that changed.
     */
    private Evidence evidenceOf(Paper paper, TermMatcher vocabularyMatcher, TermMatcher keyphraseMatcher,
            KeyphraseChange change, PaperWords words) {
        String key = AnalysisMemo.key("tag evidence", vocabularyMatcher.fingerprint(), paper.title(), paper.abstractText());
        byte[] kept = memo.recall(key);
        KnownEvidence known = KnownEvidence.of(kept);
        if (known != null && known.keyphrases().equals(keyphraseMatcher.fingerprint())) {
            return known.evidence(); // the corpus's keyphrases are those it was found with
        }
        if (known != null && change.leavesAlone(known.keyphrases(), known.filter())) {
            // no keyphrase that came, went or changed can be in this text: it may hold the terms it held
            keepWithKeyphrases(key, kept, keyphraseMatcher.fingerprint());
            return known.evidence();
        }
        // the words are split again rather than kept: two hashes a word would double what the memo holds, where the
        // filter takes about 12 bits a shingle
        PaperWords.Split split = words.split(paper, analyzer);
        List<Token> title = split.title();
        List<Token> abstractWords = split.abstractText();
        TextShingles shingles = TextShingles.of(title, abstractWords);
        String possible = keyphraseMatcher.fingerprintFor(shingles);
        if (known != null && known.possible().equals(possible)) {
            // other keyphrases, none of which came or went in this text: the evidence holds, now for these (the
            // filter of the same text is the one kept)
            keepWithKeyphrases(key, kept, keyphraseMatcher.fingerprint());
            return known.evidence();
        }
        if (kept != null) {
            memo.forget(key);
        }
        Evidence found = evidence(paper, title, abstractWords, vocabularyMatcher, keyphraseMatcher);
        keep(key, new KnownEvidence(keyphraseMatcher.fingerprint(), possible, ShingleFilter.of(shingles), found),
                memo::remember);
        return found;
    }

    /**
     * Keeps evidence recalled as it was but for the keyphrases it holds with: the bytes kept with the first text,
     * which {@link KnownEvidence#bytes} writes first, replaced. Writing the evidence again was most of recalling it.
     */
    private void keepWithKeyphrases(String key, byte[] kept, String keyphrases) {
        byte[] first = new MemoBytes.Writer().text(keyphrases).bytes();
        if (first == null) {
            return; // a fingerprint is a short hash: never so
        }
        int rest = 2 + ((kept[0] & 0xff) << 8 | kept[1] & 0xff); // the first text's length, then its bytes
        byte[] bytes = Arrays.copyOf(first, first.length + kept.length - rest);
        System.arraycopy(kept, rest, bytes, first.length, kept.length - rest);
        memo.replace(key, bytes);
    }

    /** Hands evidence to the memo ({@code memo::remember} or {@code memo::replace}), unless it cannot be written. */
    private static void keep(String key, KnownEvidence evidence, BiConsumer<String, byte[]> memo) {
        byte[] bytes = evidence.bytes();
        if (bytes != null) {
            memo.accept(key, bytes);
        }
    }

    /**
     * A paper's evidence, with the fingerprints of the keyphrases it was found with: all of the corpus's, and those
     * the paper's text may hold ({@link TermMatcher#fingerprintFor}); and the filter of its text's shingles. Not private:
     * tests change what a memo holds to see which of its parts a build reads.
     */
    record KnownEvidence(String keyphrases, String possible, ShingleFilter filter, Evidence evidence) {

        byte[] bytes() {
            return new MemoBytes.Writer().text(keyphrases).text(possible).numbers(filter.words())
                    .counts(evidence.strength()).texts(evidence.inTitle()).bytes();
        }

        /** The value the bytes hold, or null when there are none or they are not the bytes of one. */
        static KnownEvidence of(byte[] bytes) {
            return MemoBytes.decode(bytes, in -> {
                String keyphrases = in.text();
                String possible = in.text();
                ShingleFilter filter = ShingleFilter.ofWords(in.numbers());
                Evidence evidence = new Evidence(in.linkedCounts(), in.hashSet());
                return filter == null ? null : new KnownEvidence(keyphrases, possible, filter, evidence);
            });
        }
    }

    private Evidence evidence(Paper paper, List<Token> title, List<Token> abstractWords, TermMatcher... matchers) {
        Map<String, Integer> strength = new LinkedHashMap<>();
        Set<String> inTitle = new HashSet<>();
        for (TermMatcher matcher : matchers) {
            matcher.count(title, paper.title()).forEach((id, n) -> {
                strength.merge(id, TITLE_WEIGHT * n, Integer::sum);
                inTitle.add(id);
            });
            matcher.count(abstractWords, paper.abstractText()).forEach((id, n) -> strength.merge(id, n, Integer::sum));
        }
        return new Evidence(strength, inTitle);
    }

    /**
     * The corpus's keyphrases as matchable terms, leaving out those the vocabulary already names. The
     * minimum number of papers grows with the corpus so that large corpora keep only phrases of substance. A keyphrase
     * of the concept of a tag known before it ({@link ConceptKeys}: "generative modeling" where a person wrote
     * "generative models") is matched, and then counted as that tag ({@code sameConcept}); the others are tags of
     * their own ({@code found}).
     */
    private List<TermDefinition> keyphraseTerms(List<Paper> papers, Map<String, Tag> found, Map<String, String> sameConcept,
            TermMatcher known) {
        List<Paper> sample = sample(papers);
        int minPapers = Math.max(2, (int) Math.round(sample.size() * 0.003));
        KnownConcepts concepts = knownConcepts(papers);
        List<TermDefinition> terms = new ArrayList<>();
        for (Keyphrase k : keyphrases.extract(sample, minPapers, MAX_KEYPHRASE_SHARE)) {
            if (vocabulary.idFor(k.label()).isPresent() || k.variants().stream().anyMatch(v -> vocabulary.idFor(v).isPresent())
                    || mostlyNamedByTheVocabulary(k.label(), known)) {
                continue;
            }
            String id = Slugs.of(k.key(), "tag");
            if (vocabulary.term(id).isPresent() || found.containsKey(id) || sameConcept.containsKey(id)) {
                continue;
            }
            List<String> aliases = new ArrayList<>(k.variants());
            aliases.add(k.label());
            terms.add(new TermDefinition(id, k.label(), aliases, List.of(), "", "", 0));
            java.util.Optional<String> same = concepts.idOf(aliases);
            if (same.isPresent()) {
                sameConcept.put(id, same.get());
                continue;
            }
            String label = k.variants().isEmpty() ? k.label() : k.label() + " (" + k.variants().get(0) + ")";
            if (isAcronym(k.label()) && !k.variants().isEmpty()) {
                label = k.variants().get(0) + " (" + k.label() + ")";
            }
            found.put(id, new Tag(id, TagLabels.sentenceCase(label), "", TagOrigin.KEYPHRASE, aliases));
            aliases.forEach(phrase -> concepts.add(id, phrase));
        }
        return terms;
    }

    /**
     * The concepts a keyphrase may turn out to be a form of, in the order they are claimed: tags a person wrote first,
     * then the vocabulary's terms (a keyphrase is then claimed by the more used one of its concept, as they come). A
     * person's word is the one a reader of their site expects, and its address stays as it was; of two written tags of
     * one concept ("generative models", "generative modeling", both kept: a person chose each), the first by id.
     */
    private KnownConcepts knownConcepts(List<Paper> papers) {
        KnownConcepts concepts = new KnownConcepts(new ConceptKeys(analyzer));
        Map<String, Set<String>> written = new TreeMap<>();
        for (Paper p : papers) {
            for (String tag : p.tags()) {
                String id = vocabulary.tagIdFor(tag);
                if (vocabulary.term(id).isEmpty()) {
                    written.computeIfAbsent(id, k -> new java.util.TreeSet<>()).add(tag);
                }
            }
        }
        written.forEach((id, phrases) -> phrases.forEach(phrase -> concepts.add(id, phrase)));
        vocabulary.terms().forEach(t -> Vocabulary.phrases(t).forEach(phrase -> concepts.add(t.id(), phrase)));
        return concepts;
    }

    /**
     * "T2V generation" or "long video diffusion" add nothing to the vocabulary's terms they are made of:
     * a short phrase all of whose words but one the vocabulary already names is left to the vocabulary.
     */
    private boolean mostlyNamedByTheVocabulary(String phrase, TermMatcher known) {
        int words = analyzer.tokens(phrase).size();
        int covered = known.coveredWords(phrase);
        return words <= 3 && covered >= words - 1 && covered > 0;
    }

    /** A keyphrase is a tag because papers share it; one left on a single paper is not kept there. */
    private static void dropLoneKeyphrases(Map<PaperId, List<String>> paperTags, Map<String, Tag> found) {
        Map<String, Integer> uses = new HashMap<>();
        paperTags.values().forEach(list -> list.forEach(id -> uses.merge(id, 1, Integer::sum)));
        for (List<String> list : paperTags.values()) {
            for (int i = list.size() - 1; i >= 0 && list.size() > MIN_TAGS; i--) {
                String id = list.get(i);
                if (found.containsKey(id) && uses.get(id) < 2) {
                    list.remove(i);
                }
            }
        }
    }

    private static double specificity(String id, Map<String, Integer> documentFrequency, int papers) {
        int df = documentFrequency.getOrDefault(id, 1);
        return 1 + Math.log((papers + 1.0) / (df + 1.0));
    }

    private static boolean isAcronym(String label) {
        return label.length() <= 8 && label.chars().noneMatch(Character::isLowerCase);
    }

    private Map<PaperId, Set<String>> writtenIds(List<Paper> papers) {
        Map<PaperId, Set<String>> out = new HashMap<>();
        for (Paper p : papers) {
            Set<String> ids = new HashSet<>();
            p.tags().forEach(t -> ids.add(vocabulary.tagIdFor(t)));
            out.put(p.id(), ids);
        }
        return out;
    }

    private String writtenTag(String written, Map<String, Tag> tags) {
        String id = vocabulary.tagIdFor(written);
        if (vocabulary.term(id).isEmpty()) {
            tags.putIfAbsent(id, new Tag(id, TagLabels.sentenceCase(written), "", TagOrigin.WRITTEN));
        }
        return id;
    }

    private Tag vocabularyTag(String id) {
        TermDefinition term = vocabulary.term(id).orElseThrow();
        return new Tag(id, TagLabels.sentenceCase(term.label()), markdown.toSafeHtml(term.description()), TagOrigin.VOCABULARY,
                term.aliases());
    }
}
