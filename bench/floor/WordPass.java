import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor of indexing: look at every word of every digest once. Blocks of text between blank lines stand in for
 * papers; each gets its word counts, and the corpus gets each word's document frequency. No phrases, no stop words,
 * no similarity: any word-based tagging or related-papers index does at least this much.
 *
 * <pre>java -cp CLASSES WordPass DIGESTS_FOLDER</pre>
 * Prints key=value lines; reading the files and the word pass are timed apart, since reading has a floor of its own.
 */
public final class WordPass {
    private static final int THREADS = 2;

    /** A block's word counts, kept as two arrays: a map per paper in the compact form an index would keep. */
    record BlockCounts(String[] words, int[] counts) {}

    record FileResult(List<BlockCounts> blocks, Map<String, Integer> documentFrequency, long words) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java WordPass DIGESTS_FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Path> files = digestFiles(folder);
            List<String> texts = runAll(pool, files.stream().<Callable<String>>map(f -> () -> Files.readString(f, StandardCharsets.UTF_8)).toList());
            long read = System.nanoTime();
            List<FileResult> results = runAll(pool, texts.stream().<Callable<FileResult>>map(t -> () -> wordPass(t)).toList());
            // merged in file order, so the index is the same whatever thread finished first
            Map<String, Integer> documentFrequency = new HashMap<>();
            List<BlockCounts> blocks = new ArrayList<>();
            long words = 0;
            for (FileResult r : results) {
                r.documentFrequency().forEach((w, n) -> documentFrequency.merge(w, n, Integer::sum));
                blocks.addAll(r.blocks());
                words += r.words();
            }
            long end = System.nanoTime();
            System.out.println("files=" + files.size());
            System.out.println("blocks=" + blocks.size());
            System.out.println("distinct_words=" + documentFrequency.size());
            System.out.println("words=" + words);
            System.out.printf(Locale.ROOT, "read_seconds=%.3f%n", (read - start) / 1e9);
            System.out.printf(Locale.ROOT, "word_seconds=%.3f%n", (end - read) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static List<Path> digestFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no digests folder at " + folder);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) throws Exception {
        List<T> out = new ArrayList<>(tasks.size());
        for (Future<T> f : pool.invokeAll(tasks)) {
            out.add(f.get());
        }
        return out;
    }

    static FileResult wordPass(String text) {
        // one String per distinct word in the file, so that the blocks' maps share their keys
        Map<String, String> canonical = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<BlockCounts> blocks = new ArrayList<>();
        Map<String, Integer> block = new HashMap<>();
        long words = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                close(block, blocks, documentFrequency);
                continue;
            }
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int from = i;
                while (i < line.length() && Character.isLetterOrDigit(cp = line.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
                String word = canonical.computeIfAbsent(line.substring(from, i).toLowerCase(Locale.ROOT), w -> w);
                block.merge(word, 1, Integer::sum);
                words++;
            }
        }
        close(block, blocks, documentFrequency);
        return new FileResult(blocks, documentFrequency, words);
    }

    private static void close(Map<String, Integer> block, List<BlockCounts> blocks, Map<String, Integer> documentFrequency) {
        if (block.isEmpty()) {
            return;
        }
        String[] words = new String[block.size()];
        int[] counts = new int[block.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : block.entrySet()) {
            words[k] = e.getKey();
            counts[k++] = e.getValue();
            documentFrequency.merge(e.getKey(), 1, Integer::sum);
        }
        blocks.add(new BlockCounts(words, counts));
        block.clear();
    }
}
