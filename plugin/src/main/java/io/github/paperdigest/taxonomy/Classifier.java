package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Hub;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import java.util.List;
import java.util.Map;

/**
 * Indexes a corpus: tags from the text, related papers, tags borrowed from neighbours by papers their text
 * did not tag, then hubs over the tags.
 */
public final class Classifier {

    private final Tagger tagger;
    private final HubAssembler hubs;
    private final RelatedPapers related;
    private final TagPropagation propagation = new TagPropagation();

    public Classifier(Tagger tagger, HubAssembler hubs, RelatedPapers related) {
        this.tagger = tagger;
        this.hubs = hubs;
        this.related = related;
    }

    public Classification classify(Corpus corpus, TaxonomyDefinition declared) {
        Tagger.Result tagged = tagger.tag(corpus);
        Map<PaperId, List<RelatedPaper>> neighbours = related.compute(corpus.papers());
        Map<PaperId, List<String>> paperTags = propagation.propagate(tagged.paperTags(), neighbours);
        List<Hub> hubList = hubs.assemble(declared, tagged.tags(), paperTags, neighbours);
        return new Classification(List.copyOf(tagged.tags().values()), paperTags, hubList, neighbours);
    }
}
