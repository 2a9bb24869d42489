package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Classification;
import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.Hub;
import java.util.List;

/** Indexes a corpus: tags, then hubs over those tags, then related papers. */
public final class Classifier {

    private final Tagger tagger;
    private final HubAssembler hubs;
    private final RelatedPapers related;

    public Classifier(Tagger tagger, HubAssembler hubs, RelatedPapers related) {
        this.tagger = tagger;
        this.hubs = hubs;
        this.related = related;
    }

    public Classification classify(Corpus corpus, TaxonomyDefinition declared) {
        Tagger.Result tagged = tagger.tag(corpus);
        List<Hub> hubList = hubs.assemble(declared, tagged.tags(), tagged.paperTags());
        return new Classification(List.copyOf(tagged.tags().values()), tagged.paperTags(), hubList,
                related.compute(corpus.papers()));
    }
}
