package io.github.paperdigest.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a build did, for the log and for tests.
 *
 * @param upToDate       true when nothing had changed and nothing was written (the counts are then 0)
 * @param unchangedFiles files of the previous site kept as they were, not written again
 */
public record BuildResult(Path outputDirectory, boolean upToDate, int digestCount, int paperCount, int tagCount,
        int hubCount, int pageCount, int assetCount, int unchangedFiles, int keptUserFiles, int removedFiles,
        Duration readTime, Duration indexTime, Duration writeTime) {

    static BuildResult upToDate(Path outputDirectory, Duration checkTime) {
        return new BuildResult(outputDirectory, true, 0, 0, 0, 0, 0, 0, 0, 0, 0, checkTime, Duration.ZERO, Duration.ZERO);
    }

    public Duration totalTime() {
        return readTime.plus(indexTime).plus(writeTime);
    }
}
