package io.github.paperdigest.testing;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.engine.EngineProcess;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.model.PaperDigestException;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;

/**
 * Builds a site in a JVM of its own, so that a test can kill the build mid-way, run several at once, or run
 * one as an unprivileged user. Arguments: the digest folder, the output folder, optionally the similarity and the
 * embedding cache folder, then settings as {@code name=value} ({@code similarity}, {@code strict},
 * {@code siteTitle}, {@code templates}, {@code project}, {@code baseUrl}, {@code lockTimeout} in seconds, {@code fork}:
 * true builds in a JVM of its own started by {@link EngineProcess}, as the plugin does). Prints
 * the log, one line per message ("WARN ..."), and ends with "BUILT ..." or "FAILED <message>" (exit 2); anything
 * else that escapes is "CRASHED" (exit 3).
 */
public final class BuildInAnotherProcess {

    private BuildInAnotherProcess() {
    }

    public static void main(String[] args) {
        BuildConfig.Builder config = BuildConfig.builder(Path.of(args[0]), Path.of(args[1]));
        boolean fork = false;
        int positional = 0;
        for (int i = 2; i < args.length; i++) {
            if (!args[i].contains("=")) {
                if (positional++ == 0) {
                    config.similarity(args[i]);
                } else {
                    config.embeddingCache(Path.of(args[i]));
                }
                continue;
            }
            String name = args[i].substring(0, args[i].indexOf('='));
            String value = args[i].substring(args[i].indexOf('=') + 1);
            switch (name) {
                case "similarity" -> config.similarity(value);
                case "strict" -> config.strict(Boolean.parseBoolean(value));
                case "siteTitle" -> config.siteTitle(value);
                case "templates" -> config.templateDirectory(Path.of(value));
                case "project" -> config.projectDirectory(Path.of(value));
                case "baseUrl" -> config.baseUrl(value);
                case "lockTimeout" -> config.lockTimeout(Duration.ofSeconds(Long.parseLong(value)));
                case "fork" -> fork = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("unknown setting " + name);
            }
        }
        try {
            BuildLog log = new BuildLog() {
                @Override
                public void info(String message) {
                    System.out.println("INFO " + message);
                }

                @Override
                public void warn(String message) {
                    System.out.println("WARN " + message);
                }

                @Override
                public void debug(String message) {
                }
            };
            BuildResult result = fork
                    ? new EngineProcess(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                            .map(Path::of).toList(), "").build(config.build(), log, false)
                    : new SiteBuilder(log).build(config.build());
            System.out.println("BUILT " + result.paperCount() + " papers");
        } catch (PaperDigestException e) {
            System.out.println("FAILED " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException | Error e) {
            System.out.println("CRASHED " + e);
            e.printStackTrace(System.out);
            System.exit(3);
        }
    }
}
