package io.github.paperdigest.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a build did, for the log and for tests.
 *
 * @param upToDate       true when nothing had changed and nothing was written (the counts are then 0)
 * @param madeFiles      files made (rendered) by this build; the others were kept because what they show had not
 *                       changed
 * @param unchangedFiles files of the previous site kept as they were, not written again
 * @param recalledReadings digest files whose reading was taken from the last build's memo instead of reading them
 *                         again
 * @param recalledAnalyses analyses of single papers taken from the last build's memo instead of being made again
 * @param stepTimes      how long each step took, in step order; a build that stopped early has fewer
 */
public record BuildResult(Path outputDirectory, boolean upToDate, int digestCount, int paperCount, int tagCount,
        int hubCount, int pageCount, int feedCount, int assetCount, int madeFiles, int unchangedFiles, int keptUserFiles,
        int removedFiles, int recalledReadings, int recalledAnalyses, Map<BuildStep, Duration> stepTimes) {

    public BuildResult {
        EnumMap<BuildStep, Duration> inOrder = new EnumMap<>(BuildStep.class);
        inOrder.putAll(stepTimes);
        stepTimes = Collections.unmodifiableMap(inOrder);
    }

    public Duration totalTime() {
        return stepTimes.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** How long a step took; zero for a step the build did not run. */
    public Duration time(BuildStep step) {
        return stepTimes.getOrDefault(step, Duration.ZERO);
    }
}
