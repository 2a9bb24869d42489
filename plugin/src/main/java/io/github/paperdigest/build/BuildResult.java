package io.github.paperdigest.build;

import java.nio.file.Path;
import java.time.Duration;

/** What a build did, for the log and for tests. */
public record BuildResult(Path outputDirectory, int digestCount, int paperCount, int tagCount, int hubCount,
        int pageCount, int assetCount, int keptUserFiles, int removedFiles, Duration readTime, Duration indexTime,
        Duration writeTime) {

    public Duration totalTime() {
        return readTime.plus(indexTime).plus(writeTime);
    }
}
