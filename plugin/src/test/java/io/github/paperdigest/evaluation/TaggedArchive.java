package io.github.paperdigest.evaluation;

import io.github.paperdigest.model.Corpus;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.RelatedPaper;
import io.github.paperdigest.taxonomy.PaperVectors;
import io.github.paperdigest.taxonomy.RelatedPapers;
import io.github.paperdigest.taxonomy.SemanticNeighbours;
import io.github.paperdigest.taxonomy.Tagger;
import io.github.paperdigest.taxonomy.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An archive's papers tagged by their own text, and each paper's nearest papers, found as a build finds them: by the
 * embeddings' cosine when there are vectors, else by the words' (what lends tags, see {@code TagPropagation}).
 */
record TaggedArchive(Tagger.Result tagged, Map<PaperId, List<RelatedPaper>> neighbours) {

    static TaggedArchive of(Corpus archive, Optional<PaperVectors> vectors, Tagger tagger, TextAnalyzer analyzer) {
        Map<PaperId, List<RelatedPaper>> neighbours = vectors.isPresent()
                ? new SemanticNeighbours(RelatedPapers.DEFAULT_COUNT).compute(vectors.get())
                : new RelatedPapers(analyzer, RelatedPapers.DEFAULT_COUNT).compute(archive.papers());
        return new TaggedArchive(tagger.tag(archive, vectors), neighbours);
    }
}
