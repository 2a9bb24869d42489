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
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * later build reading them back makes the same site. A long embedding keeps what it has computed in the store as it
 * goes ({@link Pace}), so that a first build of a large archive that is stopped halfway (Ctrl-C, a CI job's time
 * limit, a machine put to sleep) leaves most of its work to the next.
 */
public final class PaperEmbedding {

    /**
     * The embedded text is cut here: a title and an arXiv abstract fit well within it, and a digest with an endless
     * abstract costs no more than two passes of the model.
     */
    static final int MAX_TEXT = 3_000;

    /**
     * How often a long embedding says how far it is, and when it first keeps what it has computed in the store: then
     * again after twice that time, and so on (by default after 20 s, 60 s, 140 s, 300 s, 620 s), so that a build adds
     * a few packs to the store however long it runs (five for 100,000 papers, about ten minutes on two cores) and a
     * killed one loses only what it computed since it last kept. One stopped by Ctrl-C, or whose plugin went away, keeps
     * what it computed as its JVM ends (a shutdown hook).
     */
    record Pace(Duration progress, Duration firstKeep) {
        static final Pace DEFAULT = new Pace(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    private final SentenceEmbedder embedder;
    private final EmbeddingStore store;
    private final int threads;
    private final Consumer<String> progress;
    private final Pace pace;

    public PaperEmbedding(SentenceEmbedder embedder, EmbeddingStore store, int threads, Consumer<String> progress) {
        this(embedder, store, threads, progress, Pace.DEFAULT);
    }

    PaperEmbedding(SentenceEmbedder embedder, EmbeddingStore store, int threads, Consumer<String> progress, Pace pace) {
        this.embedder = embedder;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.pace = pace;
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

    /** The vectors of the missing texts, computed on several threads and kept in the store as they come. */
    private Map<String, float[]> compute(List<String> missing, Map<String, String> textOfKey) {
        if (missing.isEmpty()) {
            return Map.of();
        }
        float[][] out = new float[missing.size()][];
        Keeping keeping = new Keeping(missing, out);
        // Ctrl-C, or the plugin's JVM going away, ends this JVM through its shutdown hooks: keep what is computed then
        Thread onExit = new Thread(keeping::keepWhatIsComputed, "paper-digest-embedding-keeper");
        Runtime.getRuntime().addShutdownHook(onExit);
        AtomicInteger next = new AtomicInteger();
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
                        keeping.computed(i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                awaitWithProgress(f, keeping);
            }
        } finally {
            pool.shutdownNow();
            // also when a text could not be embedded: what was computed need not be computed again
            keeping.keepWhatIsComputed();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs, and finds nothing more to keep
            }
        }
        Map<String, float[]> computed = new TreeMap<>();
        for (int i = 0; i < missing.size(); i++) {
            computed.put(missing.get(i), out[i]);
        }
        return computed;
    }

    /**
     * The vectors computed and not yet kept in the store, handed to it at the times {@link Pace} sets and at the end.
     * The embedding threads tell it which are done; the thread that waits for them keeps them, or the shutdown hook
     * when the JVM ends first.
     */
    private final class Keeping {
        private final List<String> keys;
        private final float[][] vectors;
        /** Positions computed and not yet kept; a vector written before its position is queued is seen with it. */
        private final Queue<Integer> done = new ConcurrentLinkedQueue<>();
        private final AtomicInteger computed = new AtomicInteger();
        private final long started = System.nanoTime();
        private long nextKeep;
        private long interval;
        private int kept;

        Keeping(List<String> keys, float[][] vectors) {
            this.keys = keys;
            this.vectors = vectors;
            this.interval = pace.firstKeep().toNanos();
            this.nextKeep = started + interval;
        }

        void computed(int position) {
            done.add(position);
            computed.incrementAndGet();
        }

        /** Told at each tick of progress: keeps what is computed when its time has come. */
        void tick(long now) {
            if (now - nextKeep >= 0) {
                keepWhatIsComputed();
                interval *= 2;
                nextKeep = now + interval;
            }
        }

        /** Synchronized: the shutdown hook may keep while the waiting thread does. */
        synchronized void keepWhatIsComputed() {
            Map<String, float[]> batch = new TreeMap<>();
            for (Integer i = done.poll(); i != null; i = done.poll()) {
                batch.put(keys.get(i), vectors[i]);
            }
            if (!batch.isEmpty()) {
                store.save(embedder.modelKey(), embedder.dimensions(), batch);
                kept += batch.size();
            }
        }

        synchronized String progress(long now) {
            double seconds = (now - started) / 1e9;
            int n = computed.get();
            double rate = n / Math.max(seconds, 1e-9);
            return String.format(Locale.ROOT, "Embedding papers: %d of %d (%.0f a second, about %.0f s left%s)", n,
                    keys.size(), rate, rate > 0 ? (keys.size() - n) / rate : 0,
                    kept > 0 ? "; " + kept + " kept in the cache" : "");
        }
    }

    private void awaitWithProgress(Future<?> f, Keeping keeping) {
        while (true) {
            try {
                f.get(pace.progress().toNanos(), TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                keeping.tick(now);
                progress.accept(keeping.progress(now));
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
