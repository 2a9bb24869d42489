package io.github.paperdigest.engine;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the steps of one build: times each (wall clock, and the processor time of the whole process, which says
 * more than the clock on a busy machine), and names the step in its failure. A typed failure keeps its type and
 * message and learns the step; an I/O failure that escaped untyped becomes a {@link PaperDigestException}
 * naming the step's setting.
 */
final class Steps {

    private final Map<BuildStep, Duration> times = new EnumMap<>(BuildStep.class);
    private final Map<BuildStep, Duration> processorTimes = new EnumMap<>(BuildStep.class);
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    <T> T run(BuildStep step, Supplier<T> work) {
        long start = System.nanoTime();
        long startCpu = processorTime();
        try {
            return work.get();
        } catch (PaperDigestException e) {
            throw e.inStep(step.label());
        } catch (UncheckedIOException e) {
            if (IoMessages.isDiskFull(e)) {
                throw new PaperDigestException(e.getMessage() + IoMessages.DISK_FULL_FIX, e.getCause()).inStep(step.label());
            }
            throw new PaperDigestException(e.getMessage(), e.getCause(), step.setting().orElse(null)).inStep(step.label());
        } finally {
            times.merge(step, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
            if (startCpu >= 0) {
                processorTimes.merge(step, Duration.ofNanos(processorTime() - startCpu), Duration::plus);
            }
        }
    }

    /** How long each step took so far, in step order. */
    Map<BuildStep, Duration> times() {
        return Collections.unmodifiableMap(times);
    }

    /** The processor time each step took so far, on all threads; empty where the platform does not say. */
    Map<BuildStep, Duration> processorTimes() {
        return Collections.unmodifiableMap(processorTimes);
    }

    private long processorTime() {
        return os instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot.getProcessCpuTime() : -1;
    }
}
