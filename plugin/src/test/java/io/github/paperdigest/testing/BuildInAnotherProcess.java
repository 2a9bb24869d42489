package io.github.paperdigest.testing;

import io.github.paperdigest.build.BuildConfig;
import io.github.paperdigest.build.BuildLog;
import io.github.paperdigest.build.SiteBuilder;
import java.nio.file.Path;

/** Builds a site in a JVM of its own, so that a test can kill the build mid-way. */
public final class BuildInAnotherProcess {

    private BuildInAnotherProcess() {
    }

    public static void main(String[] args) {
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.of(Path.of(args[0]), Path.of(args[1])));
    }
}
