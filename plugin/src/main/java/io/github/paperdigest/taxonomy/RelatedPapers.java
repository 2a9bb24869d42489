package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.IntList;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;

/**
 * Each paper's most similar papers by text, in the spirit of arxiv-sanity: TF-IDF vectors of title
 * and abstract compared by cosine similarity, found through an inverted index so that a paper is only
 * compared with papers sharing one of its significant words.
 */
public final class RelatedPapers {

    public static final int DEFAULT_COUNT = 5;
    /**
     * The TF-IDF cosine from which a related paper's tags are lent ({@link TagPropagation}). Measured on the labelled
     * arXiv corpus ({@code BorrowedTagsEvaluationTest}): below it, a neighbour's tags agreed with the paper's category
     * about as often as a random tag (0 to 0.27 between 0.02 and 0.08 on 200 papers and more, chance 0.08 to 0.10);
     * from it, as often as the paper's own tags or more (0.68 between 0.08 and 0.10, own tags 0.53 to 0.57). Few papers
     * come that close by their words alone: in a small archive, lexical similarity lends almost no tags.
     */
    public static final double SAME_TOPIC_COSINE = 0.08;
    /**
     * The TF-IDF cosine from which a paper is shown as related to another. In the labelled arXiv corpus (1,144 papers of
     * one field) no paper's fifth nearest was below it, and the nearest just above it shared the paper's category more
     * often than chance (0.63 of 16 between 0.02 and 0.03, 0.53 of 1,263 between 0.03 and 0.05; chance 0.35). Below it
     * are papers that share a few common words: on a site of five papers, an LSTM paper's nearest was Gemini's.
     */
    public static final double SHOWN_FROM = 0.02;

    private final TextAnalyzer analyzer;
    private final int count;
    private final AnalysisMemo memo;
    /** Told, after each computation, how many papers were searched anew, and of how many. */
    private final ObjIntConsumer<Integer> searchedAnew;

    public RelatedPapers(TextAnalyzer analyzer, int count) {
        this(analyzer, count, AnalysisMemo.none());
    }

    /**
     * Related papers that keep each paper's search in {@code memo} for the next build, and take up those an earlier
     * build kept: where only the last papers to arrive were added, changed or removed since, it searches for those,
     * and takes up the others' searches where they still hold ({@link SimilarityIndex#searchAgain}). The related
     * papers are those a search of every paper finds, to the bit.
     */
    public RelatedPapers(TextAnalyzer analyzer, int count, AnalysisMemo memo) {
        this(analyzer, count, memo, (searched, papers) -> { });
    }

    /** As above, telling {@code searchedAnew} how many papers each computation searched anew, and of how many. */
    public RelatedPapers(TextAnalyzer analyzer, int count, AnalysisMemo memo, ObjIntConsumer<Integer> searchedAnew) {
        this.analyzer = analyzer;
        this.count = count;
        this.memo = memo;
        this.searchedAnew = searchedAnew;
    }

    private static final int BLOCK = 4096;

    /** How many related papers each paper gets. */
    public int count() {
        return count;
    }

    /** The related papers of each paper, most similar first; papers are taken in the given order. */
    public Map<PaperId, List<RelatedPaper>> compute(List<Paper> papers) {
        return compute(papers, SettledPapers.all(papers.stream().map(Paper::id).toList()));
    }

    /**
     * As {@link #compute(List)}, with how rare a word is counted among the settled papers only: papers that arrive
     * between two steps of the archive change no other paper's weights, so an older paper's related papers change
     * only when a newcomer is closer than one of them.
     */
    public Map<PaperId, List<RelatedPaper>> compute(List<Paper> papers, SettledPapers settled) {
        return compute(papers, settled, PaperWords.none());
    }

    /** As above, taking the papers' texts as words from {@code words}, where the tags split them already. */
    Map<PaperId, List<RelatedPaper>> compute(List<Paper> papers, SettledPapers settled, PaperWords words) {
        Features features = features(papers, words);
        TfIdfVectors vectors = TfIdfVectors.of(features.documents(), features.count(),
                d -> settled.contains(papers.get(d).id()));
        List<SimilarityIndex.Search> searches = searches(vectors, features.documents());
        Map<PaperId, List<RelatedPaper>> related = new HashMap<>();
        for (int d = 0; d < papers.size(); d++) {
            related.put(papers.get(d).id(), searches.get(d).best().stream()
                    .map(n -> new RelatedPaper(papers.get(n.document()).id(), n.score()))
                    .toList());
        }
        return related;
    }

    /**
     * Each document's search: taken up from the last build's for the first documents, those it searched as they are
     * now, when the documents that count for rarity are among them; else made anew. Kept for the next build.
     */
    private List<SimilarityIndex.Search> searches(TfIdfVectors vectors, List<int[]> documents) {
        SimilarityIndex index = new SimilarityIndex(vectors);
        String key = AnalysisMemo.key("related papers by their words", Integer.toString(count));
        KnownSearches last = KnownSearches.of(memo.recall(key), count, SimilarityIndex.candidateCount(count));
        long[] hashes = new long[documents.size()];
        IntStream.range(0, hashes.length).parallel()
                .forEach(d -> hashes[d] = ContentHash.first64(searchedBytes(documents.get(d), vectors.counted(d))));
        int firstAdded = last == null ? 0 : last.documentsKept(hashes, vectors::counted);
        SimilarityIndex.Search[] searches = new SimilarityIndex.Search[documents.size()];
        AtomicInteger anew = new AtomicInteger();
        ThreadLocal<SimilarityIndex.Accumulator> scratch = ThreadLocal.withInitial(index::newAccumulator);
        IntStream.range(0, documents.size()).parallel().forEach(d -> {
            SimilarityIndex.Search again = d < firstAdded
                    ? index.searchAgain(d, last.search(d), firstAdded, count, scratch.get()) : null;
            if (again == null) {
                anew.incrementAndGet();
            }
            searches[d] = again != null ? again : index.search(d, count, scratch.get());
        });
        searchedAnew.accept(anew.get(), documents.size());
        byte[] kept = new KnownSearches(hashes, vectors.countedDocuments(), List.of(searches)).bytes();
        if (kept != null) {
            memo.remember(key, kept);
        } else if (last != null) {
            memo.forget(key);
        }
        return List.of(searches);
    }

    TfIdfVectors vectors(List<Paper> papers) {
        return vectors(papers, SettledPapers.all(papers.stream().map(Paper::id).toList()));
    }

    TfIdfVectors vectors(List<Paper> papers, SettledPapers settled) {
        Features features = features(papers, PaperWords.none());
        return TfIdfVectors.of(features.documents(), features.count(), d -> settled.contains(papers.get(d).id()));
    }

    /**
     * Each paper's features, numbered in the order of the papers, ascending: a paper's numbers depend on its text and
     * the papers before it alone, so papers added after the others change none of theirs. Those of the papers the
     * list starts with, as the last build numbered them from the same texts, are taken from the memo
     * ({@link KnownFeatures}); the others' words are found, and the features kept for the next build.
     */
    private Features features(List<Paper> papers, PaperWords split) {
        long[] hashes = new long[papers.size()];
        IntStream.range(0, hashes.length).parallel().forEach(d -> hashes[d] = textHash(papers.get(d)));
        String key = AnalysisMemo.key("features of the papers by their words");
        byte[] keptBytes = memo.recall(key);
        KnownFeatures known = KnownFeatures.of(keptBytes);
        int kept = known == null ? 0 : known.papersKept(hashes);
        FeatureDictionary dictionary = kept == 0 ? null
                : FeatureDictionary.numbering(known.dictionary(), known.numberedBy(kept));
        if (dictionary == null) {
            kept = 0;
            dictionary = new FeatureDictionary();
        }
        List<int[]> documents = new ArrayList<>(papers.size());
        if (kept > 0) {
            documents.addAll(known.documents().subList(0, kept));
        }
        IntList features = new IntList();
        // splitting into words runs on all cores, a block of papers at a time; numbering the words stays in
        // paper order, so that feature numbers (and ties between scores) do not depend on threads
        for (int from = kept; from < papers.size(); from += BLOCK) {
            List<List<String>> block = IntStream.range(from, Math.min(papers.size(), from + BLOCK)).parallel()
                    .mapToObj(i -> split.contentWords(papers.get(i), analyzer)).toList();
            for (List<String> words : block) {
                features.clear();
                int previous = -1;
                for (String w : words) {
                    if (w == null) {
                        previous = -1;
                        continue;
                    }
                    int id = dictionary.word(w);
                    features.add(id);
                    if (previous >= 0) {
                        features.add(dictionary.pair(previous, id));
                    }
                    previous = id;
                }
                int[] numbers = features.toArray();
                Arrays.sort(numbers); // what TF-IDF counts: how often each feature comes, not where
                documents.add(numbers);
            }
        }
        split.releaseUntaken(); // the papers taken from the memo: their words, split by the tags, are not needed
        boolean asKept = known != null && kept == papers.size() && kept == known.documents().size()
                && dictionary.size() == known.dictionary().firsts().length;
        if (!asKept) {
            byte[] bytes = new KnownFeatures(hashes, documents, dictionary.features()).bytes();
            if (bytes != null) {
                memo.remember(key, bytes);
            } else if (keptBytes != null) {
                memo.forget(key);
            }
        }
        return new Features(documents, dictionary.size());
    }

    /** The hash of what a paper's features are found in: its title and abstract, each after its length. */
    private static long textHash(Paper p) {
        byte[] title = p.title().getBytes(StandardCharsets.UTF_8);
        byte[] abstractText = p.abstractText().getBytes(StandardCharsets.UTF_8);
        return ContentHash.first64(ByteBuffer.allocate(2 * Integer.BYTES + title.length + abstractText.length)
                .putInt(title.length).put(title).putInt(abstractText.length).put(abstractText).array());
    }

    /** Each document's features, by number, and how many features they number. */
    private record Features(List<int[]> documents, int count) {
    }

    /** A document as hashed for its search: whether it counts for rarity, how many features it has, and their numbers. */
    private static byte[] searchedBytes(int[] features, boolean counts) {
        ByteBuffer bytes = ByteBuffer.allocate(1 + Integer.BYTES * (1 + features.length));
        bytes.put((byte) (counts ? 1 : 0)).putInt(features.length).asIntBuffer().put(features);
        return bytes.array();
    }
}
