import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The floor of publishing: write the bytes of a built site into a fresh folder, with no rendering at all. The site
 * is loaded into memory first and that load is not timed; only making the folders and writing the files is.
 *
 * <pre>java -cp CLASSES WritePass SITE_FOLDER OUTPUT_FOLDER</pre>
 * The output folder must not exist (the caller deletes it afterwards, outside every timing). Prints key=value lines.
 */
public final class WritePass {
    private static final int THREADS = 2;
    // the plugin's own bookkeeping, left out as bench/run.sh leaves it out of the site's size
    private static final String MANIFEST = ".paper-digest-manifest";

    record SiteFile(Path relative, byte[] bytes) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java WritePass SITE_FOLDER OUTPUT_FOLDER");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(site)) {
            throw new IllegalArgumentException("no site at " + site);
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(out + " exists; the floor is writing into a fresh folder");
        }
        long loadStart = System.nanoTime();
        List<SiteFile> files = load(site);
        long start = System.nanoTime();
        write(files, out);
        long end = System.nanoTime();
        System.out.println("files=" + files.size());
        System.out.println("bytes=" + files.stream().mapToLong(f -> f.bytes().length).sum());
        System.out.printf(Locale.ROOT, "load_seconds=%.3f%n", (start - loadStart) / 1e9);
        System.out.printf(Locale.ROOT, "write_seconds=%.3f%n", (end - start) / 1e9);
    }

    private static List<SiteFile> load(Path site) throws Exception {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(site)) {
            paths = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().equals(MANIFEST))
                    .sorted().toList();
        }
        List<SiteFile> files = new ArrayList<>(paths.size());
        for (Path p : paths) {
            files.add(new SiteFile(site.relativize(p), Files.readAllBytes(p)));
        }
        return files;
    }

    private static void write(List<SiteFile> files, Path out) throws Exception {
        // each folder made once, parents before children, rather than a createDirectories check per file
        TreeSet<Path> folders = new TreeSet<>();
        folders.add(out);
        for (SiteFile f : files) {
            Path parent = out.resolve(f.relative()).getParent();
            folders.add(parent);
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        // the threads take the next file as they free up, so one slow folder does not hold the other thread idle
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        SiteFile f = files.get(i);
                        Files.write(out.resolve(f.relative()), f.bytes());
                    }
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
