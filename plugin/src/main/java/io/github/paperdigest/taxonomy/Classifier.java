package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Indexes a corpus: tags from the text, related papers, tags borrowed from neighbours by papers their text
 * did not tag, then hubs over the tags.
 */
public final class Classifier {

    private final Tagger tagger;
    private final HubAssembler hubs;
    private final RelatedPapers related;
    private final SemanticNeighbours semantic;
    /** Tags lent by papers related by their words, and by their embeddings: each similarity on its own scale. */
    private final TagPropagation lexicalLending;
    private final TagPropagation semanticLending;
    /** The similarity from which a paper is shown as related, on each scale ({@link RelatedPapers#SHOWN_FROM}). */
    private final double semanticShownFrom;

    public Classifier(Tagger tagger, HubAssembler hubs, RelatedPapers related) {
        this(tagger, hubs, related, new SemanticNeighbours(related.count()));
    }

    /** @param semantic related papers by embedding, when the papers' embeddings (by the default model) are given */
    public Classifier(Tagger tagger, HubAssembler hubs, RelatedPapers related, SemanticNeighbours semantic) {
        this(tagger, hubs, related, semantic, SentenceModel.DEFAULT);
    }

    /** @param model the model that made the embeddings given, whose cosines say which related papers lend tags */
    public Classifier(Tagger tagger, HubAssembler hubs, RelatedPapers related, SemanticNeighbours semantic,
            SentenceModel model) {
        this.tagger = tagger;
        this.hubs = hubs;
        this.related = related;
        this.semantic = semantic;
        this.lexicalLending = new TagPropagation(RelatedPapers.SAME_TOPIC_COSINE);
        this.semanticLending = new TagPropagation(model.sameTopicCosine());
        this.semanticShownFrom = model.relatedFrom();
    }

    public Classification classify(Corpus corpus, TaxonomyDefinition declared) {
        return classify(corpus, declared, timing -> { });
    }

    /** As {@link #classify(Corpus, TaxonomyDefinition)}, telling how long each step took. */
    public Classification classify(Corpus corpus, TaxonomyDefinition declared, Consumer<String> timing) {
        return classify(corpus, declared, Optional.empty(), timing);
    }

    /**
     * Indexes a corpus by the meaning of its papers when their sentence embeddings are given (related papers by
     * embedding, hubs as clusters of papers), else by their words alone (TF-IDF related papers, hubs as clusters
     * of tags).
     */
    public Classification classify(Corpus corpus, TaxonomyDefinition declared, Optional<PaperVectors> vectors,
            Consumer<String> timing) {
        return classify(corpus, declared, vectors, SettledPapers.of(corpus), timing);
    }

    /** As above, with derived hubs formed from the given settled papers ({@link SettledPapers#of} the corpus). */
    public Classification classify(Corpus corpus, TaxonomyDefinition declared, Optional<PaperVectors> vectors,
            SettledPapers settled, Consumer<String> timing) {
        long start = System.nanoTime();
        // by their words, related papers take the words the tags split each paper's texts into
        PaperWords words = vectors.isPresent() ? PaperWords.none() : PaperWords.keeping();
        Tagger.Result tagged = tagger.tag(corpus, vectors, settled, words);
        long taggedAt = System.nanoTime();
        Map<PaperId, List<RelatedPaper>> neighbours = vectors.isPresent()
                ? semantic.compute(vectors.get())
                : related.compute(inArrivalOrder(corpus), settled, words);
        words = null; // what related papers did not take (papers whose features the memo held) goes now
        long relatedAt = System.nanoTime();
        Map<PaperId, List<String>> paperTags = (vectors.isPresent() ? semanticLending : lexicalLending)
                .propagate(tagged.paperTags(), tagged.tags(), neighbours);
        SettledForming forming = new SettledForming();
        List<Hub> hubList = hubs.assemble(declared, tagged.tags(),
                new HubAssembler.PaperTags(paperTags, tagged.paperTags(), () -> forming.watch(settledTags(corpus, settled, tagged))),
                neighbours, vectors, settled);
        long hubsAt = System.nanoTime();
        timing.accept(String.format(Locale.ROOT, "Indexing: tags %.1f s, related papers %.1f s, borrowed tags and hubs %.1f s%s",
                (taggedAt - start) / 1e9, (relatedAt - taggedAt) / 1e9, (hubsAt - relatedAt) / 1e9, forming.told()));
        // tags are lent and hubs formed by every neighbour found; pages show those close enough to call related
        return new Classification(List.copyOf(tagged.tags().values()), paperTags, hubList,
                closeEnough(neighbours, vectors.isPresent() ? semanticShownFrom : RelatedPapers.SHOWN_FROM),
                tagged.written());
    }

    /** The neighbours from a similarity on: at any size, few papers have one under it, so only their lists are copied. */
    private static Map<PaperId, List<RelatedPaper>> closeEnough(Map<PaperId, List<RelatedPaper>> neighbours, double from) {
        Map<PaperId, List<RelatedPaper>> shown = new HashMap<>(neighbours);
        shown.replaceAll((paper, near) -> near.stream().allMatch(r -> r.score() >= from) ? near
                : near.stream().filter(r -> r.score() >= from).toList());
        return shown;
    }

    /**
     * The papers in the order they arrived ({@link SettledPapers#arrivalOrder}): the papers of a new digest come last,
     * after every paper whose related papers an earlier build found, which a search can then take up.
     */
    private static List<Paper> inArrivalOrder(Corpus corpus) {
        return SettledPapers.arrivalOrder(corpus).stream().map(corpus.byId()::get).toList();
    }

    /**
     * Whether the hubs formed from the settled papers' own tags were formed by this build or taken as an earlier build
     * formed them: what tells a user why a rebuild tagged the settled papers again (they changed, or the archive
     * reached its next step). Told only when this build's hubs are formed from the settled papers at all.
     */
    private static final class SettledForming {
        private volatile boolean watched;
        private volatile boolean tagged;

        SettledTags watch(SettledTags settled) {
            watched = true;
            return new SettledTags(settled.key(), () -> {
                tagged = true;
                return settled.tagging().get();
            });
        }

        String told() {
            if (!watched) {
                return "";
            }
            return tagged ? " (hubs formed from the settled papers' tags)"
                    : " (hubs as an earlier build formed them from the same settled papers)";
        }
    }

    /**
     * The settled papers tagged alone, as many as keyphrases are looked for in ({@link Tagger#sample}): this build's
     * tagging itself when they are every paper, else a tagging made only when no earlier build kept its hubs.
     */
    private SettledTags settledTags(Corpus corpus, SettledPapers settled, Tagger.Result tagged) {
        List<Paper> papers = Tagger.sample(corpus.papers().stream().filter(p -> settled.contains(p.id())).toList());
        SettledTags alone = tagger.alone(papers);
        return papers.size() == corpus.papers().size() ? new SettledTags(alone.key(), () -> tagged) : alone;
    }
}
