package io.github.paperdigest.testing;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import java.nio.file.Path;

/**
 * Builds a site in a JVM of its own, so that a test can kill the build mid-way or run builds side by side.
 * Arguments: the digest folder, the output folder, and optionally the similarity and the embedding cache folder.
 */
public final class BuildInAnotherProcess {

    private BuildInAnotherProcess() {
    }

    public static void main(String[] args) {
        new SiteBuilder(BuildLog.warningsTo(System.err::println)).build(BuildConfig.builder(Path.of(args[0]), Path.of(args[1]))
                .similarity(args.length > 2 ? args[2] : null)
                .embeddingCache(args.length > 3 ? Path.of(args[3]) : null)
                .build());
    }
}
