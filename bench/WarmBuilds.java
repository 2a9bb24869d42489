import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds one corpus's site several times in one JVM, each time from nothing (a fresh output folder, and no memo or
 * stamp an earlier build left beside it): the first build pays for loading the engine's classes and compiling its
 * code, the later ones do not. The difference is what a JVM's warm-up costs a build of that size; the later builds'
 * time is what the engine's own work costs once its code is compiled.
 *
 * <p>Usage, from the repository's root after {@code mvn install -DskipTests}:
 * <pre>
 * mvn -q -B -o -pl plugin dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -XX:+UseParallelGC -cp plugin/target/paper-digest-maven-plugin-*.jar:$(cat /tmp/cp.txt) \
 *     bench/WarmBuilds.java bench/work/100000/project 3
 * </pre>
 * Each build's output goes to {@code PROJECT/target/warm-builds}, which is deleted before each build and after the
 * last. It builds as {@code bench/run.sh} does: lexical similarity, the corpus's title and timestamp.
 */
public class WarmBuilds {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp PLUGIN_CLASSPATH bench/WarmBuilds.java PROJECT_FOLDER BUILDS");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath();
        int builds = Integer.parseInt(args[1]);
        // the site and what the engine keeps beside it (memos, stamps) are in this folder, deleted before each build
        Path folder = project.resolve("target/warm-builds");
        for (int i = 1; i <= builds; i++) {
            delete(folder);
            BuildConfig config = BuildConfig.builder(project.resolve("src/digests"), folder.resolve("papers"))
                    .siteTitle("Benchmark papers").timestamp(Instant.parse("2026-11-25T00:00:00Z"))
                    .similarity(BuildConfig.LEXICAL).projectDirectory(project).build();
            long start = System.nanoTime();
            new SiteBuilder(stepTimes()).build(config);
            System.out.printf("build %d: %.1f s%n", i, (System.nanoTime() - start) / 1e9);
        }
        delete(folder);
    }

    /** A log that prints the engine's step times (its "Time:" and "Indexing:" lines) and drops the rest. */
    private static BuildLog stepTimes() {
        return new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
                if (message.startsWith("Time:") || message.startsWith("Indexing:")) {
                    System.out.println("  " + message);
                }
            }
        };
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
