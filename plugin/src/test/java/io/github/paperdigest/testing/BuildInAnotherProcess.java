package io.github.paperdigest.testing;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import java.nio.file.Path;

/** Builds a site in a JVM of its own, so that a test can kill the build mid-way. */
public final class BuildInAnotherProcess {

    private BuildInAnotherProcess() {
    }

    public static void main(String[] args) {
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(Path.of(args[0]), Path.of(args[1])).build());
    }
}
