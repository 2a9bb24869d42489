package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import io.github.paperdigest.model.Slugs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Each paper's sentence embedding, from the store when an earlier build embedded the same text with the same
 * model, else from the model, on several threads. The vectors a build uses are exactly those it stores, so a
 * later build reading them back makes the same site.
 */
public final class PaperEmbedding {

    /**
     * The embedded text is cut here: a title and an arXiv abstract fit well within it, and a digest with an endless
     * abstract costs no more than two passes of the model.
     */
    static final int MAX_TEXT = 3_000;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final SentenceEmbedder embedder;
    private final EmbeddingStore store;
    private final int threads;
    private final Consumer<String> progress;

    public PaperEmbedding(SentenceEmbedder embedder, EmbeddingStore store, int threads, Consumer<String> progress) {
        this.embedder = embedder;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** What a build got: the vectors, and how many came from the store and how many were computed. */
    public record Result(PaperVectors vectors, int fromStore, int embedded, Duration time) {
    }

    public Result embed(List<Paper> papers) {
        long start = System.nanoTime();
        List<String> keys = new ArrayList<>(papers.size());
        Map<String, String> textOfKey = new TreeMap<>();
        for (Paper p : papers) {
            String text = textOf(p);
            String key = keyOf(text);
            keys.add(key);
            textOfKey.putIfAbsent(key, text);
        }
        Map<String, float[]> found = new HashMap<>(store.load(embedder.modelKey(), embedder.dimensions(),
                new LinkedHashSet<>(keys)));
        found.values().removeIf(v -> v.length != embedder.dimensions());
        List<String> missing = textOfKey.keySet().stream().filter(k -> !found.containsKey(k)).toList();
        Map<String, float[]> computed = compute(missing, textOfKey);
        if (!computed.isEmpty()) {
            store.save(embedder.modelKey(), embedder.dimensions(), computed);
        }
        found.putAll(computed);
        float[][] vectors = new float[papers.size()][];
        List<PaperId> ids = new ArrayList<>(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            vectors[i] = found.get(keys.get(i));
            ids.add(papers.get(i).id());
        }
        int fromStore = (int) keys.stream().distinct().filter(k -> !computed.containsKey(k)).count();
        return new Result(PaperVectors.of(embedder.modelKey(), ids, VectorMatrix.of(vectors)), fromStore, computed.size(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** What is embedded for a paper: its title and abstract, white space made single, cut at a word. */
    public static String textOf(Paper p) {
        String text = singleSpaced(p.title().strip() + ". " + p.abstractText().strip()).strip();
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf(' ', MAX_TEXT);
            text = text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT);
        }
        return text;
    }

    /** Each run of white space (as the regular expression {@code \s} means it) made one space; a loop, not a regex. */
    static String singleSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    /** The store's key of a text: the SHA-256 of its exact characters. */
    public static String keyOf(String text) {
        return Slugs.fingerprint(text, 64);
    }

    private Map<String, float[]> compute(List<String> missing, Map<String, String> textOfKey) {
        if (missing.isEmpty()) {
            return Map.of();
        }
        float[][] out = new float[missing.size()][];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int workers = Math.min(threads, missing.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "paper-digest-embedding");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < missing.size(); i = next.getAndIncrement()) {
                        out[i] = embedder.embed(textOfKey.get(missing.get(i)));
                        done.incrementAndGet();
                    }
                }));
            }
            long started = System.nanoTime();
            for (Future<?> f : futures) {
                awaitWithProgress(f, started, done, missing.size());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, float[]> computed = new TreeMap<>();
        for (int i = 0; i < missing.size(); i++) {
            computed.put(missing.get(i), out[i]);
        }
        return computed;
    }

    private void awaitWithProgress(Future<?> f, long started, AtomicInteger done, int total) {
        while (true) {
            try {
                f.get(PROGRESS_EVERY_NANOS, TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                double seconds = (System.nanoTime() - started) / 1e9;
                int n = done.get();
                double rate = n / Math.max(seconds, 1e-9);
                progress.accept(String.format(Locale.ROOT, "Embedding papers: %d of %d (%.0f a second, about %.0f s left)",
                        n, total, rate, rate > 0 ? (total - n) / rate : 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding papers", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

}
