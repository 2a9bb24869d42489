package io.github.paperdigest.taxonomy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * A {@link SentenceModel} run in-process by ONNX Runtime through langchain4j's BERT encoder: the only class that
 * sees either library. The model is loaded on the first text to embed, so that a build whose vectors all come
 * from the cache never pays for it.
 *
 * <p>Determinism: every text is run on its own (a batch of one, so no padding shifts the numbers) in a session
 * pinned to one thread with sequential execution, so that the floats do not depend on how a matrix product was
 * split between threads. Builds embed several texts at once by calling from several threads.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder, AutoCloseable {

    private final SentenceModel model;
    private final String modelKey;
    private volatile Loaded loaded;

    public OnnxSentenceEmbedder(SentenceModel model) {
        this.model = model;
        this.modelKey = model.id() + "@" + artifactVersion(model.artifact()) + "+onnxruntime-" + runtimeVersion();
    }

    @Override
    public String modelKey() {
        return modelKey;
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public float[] embed(String text) {
        return loaded().encoder.embed(TextSegment.from(text)).content().vector();
    }

    /** True once the model's weights are in memory: a build that found every vector in the cache never loads them. */
    public boolean isLoaded() {
        return loaded != null;
    }

    @Override
    public void close() {
        Loaded l = loaded;
        if (l != null) {
            try {
                l.session.close();
            } catch (OrtException e) {
                throw new IllegalStateException("cannot release the model " + model.id(), e);
            }
        }
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                l = loaded;
            }
        }
        return l;
    }

    private Loaded load() {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(resource(model.weights()), options);
            OnnxBertBiEncoder bert;
            try (InputStream tokenizer = stream(model.tokenizer())) {
                bert = new OnnxBertBiEncoder(environment, session, tokenizer,
                        model.clsPooling() ? PoolingMode.CLS : PoolingMode.MEAN);
            }
            return new Loaded(session, new Encoder(bert));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence-embedding model " + model.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence-embedding model " + model.id(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) {
        InputStream in = OnnxSentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the sentence-embedding model's file " + name
                    + " is not on the class path: is the model's jar among the plugin's dependencies?");
        }
        return in;
    }

    /** The version of a jar on the class path, from the Maven metadata it carries. */
    private static String artifactVersion(String coordinates) {
        String[] ga = coordinates.split(":");
        String path = "META-INF/maven/" + ga[0] + "/" + ga[1] + "/pom.properties";
        try (InputStream in = OnnxSentenceEmbedder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String runtimeVersion() {
        return Optional.ofNullable(OrtEnvironment.class.getPackage().getImplementationVersion())
                .orElse(artifactVersion("dev.langchain4j:langchain4j-embeddings"));
    }

    private record Loaded(OrtSession session, Encoder encoder) {
    }

    /** langchain4j's encoder, run on the calling thread: the build decides how many texts are embedded at once. */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder bert;

        Encoder(OnnxBertBiEncoder bert) {
            super(Runnable::run);
            this.bert = bert;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }

        @Override
        protected Integer knownDimension() {
            return null;
        }

    }
}
