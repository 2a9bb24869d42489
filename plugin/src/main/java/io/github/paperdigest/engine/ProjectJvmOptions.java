package io.github.paperdigest.engine;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options a project may add to the engine's JVM ({@code jvmArgs}): those that size it, choose and tune its
 * collector and compilers, and log to its console. A pull request can bring them with the pom, so everything else is
 * refused: an option that writes a file (a flight recording holds every environment variable of the build, and a
 * file written into the site folder is published with the site), loads code (agents, class paths, a native library
 * that a system property names) or opens a port. System properties are refused with them: the engine reads none, and
 * the libraries it runs read some of those. A list of what is allowed, not of what is known to be harmful: a JVM
 * gains options with each release.
 */
final class ProjectJvmOptions {

    private static final Pattern SIZE = Pattern.compile("-X(mx|ms|mn|ss)\\d+[kKmMgGtT]?");
    private static final Pattern FLAG = Pattern.compile("-XX:[+-]([A-Za-z0-9]+)");
    private static final Pattern VALUE = Pattern.compile("-XX:([A-Za-z0-9]+)=\\d+(?:\\.\\d+)?[kKmMgGtT]?");
    /** {@code -Xlog}, {@code -Xlog:what} and {@code -Xlog:what:stdout|stderr[:decorators[:output options]]}. */
    private static final Pattern LOG = Pattern.compile("-Xlog(?::[A-Za-z0-9_*+=,-]*(?::(?:stdout|stderr)?(?::[A-Za-z0-9,]*"
            + "(?::[A-Za-z0-9=,]*)?)?)?)?");
    private static final Set<String> WORDS = Set.of("-Xint", "-Xbatch", "-Xshare:off", "-Xshare:auto", "-verbose:gc");

    /** The collectors and the compilers, switched on or off ({@code -XX:+UseG1GC}). */
    private static final Set<String> FLAGS = Set.of("UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC",
            "UseShenandoahGC", "ZGenerational", "UseAdaptiveSizePolicy", "AlwaysPreTouch", "UseStringDeduplication",
            "ExplicitGCInvokesConcurrent", "ClassUnloading", "TieredCompilation", "BackgroundCompilation",
            "UseCompressedOops", "UseCompressedClassPointers", "UseCompactObjectHeaders", "UseLargePages",
            "UseTransparentHugePages", "UseNUMA", "UseContainerSupport", "UnlockExperimentalVMOptions");
    /** Sizes, counts, ratios and levels ({@code -XX:MaxRAMPercentage=75}). */
    private static final Set<String> VALUES = Set.of("MaxRAMPercentage", "InitialRAMPercentage", "MinRAMPercentage",
            "MaxRAM", "MaxHeapSize", "InitialHeapSize", "MinHeapSize", "NewSize", "MaxNewSize", "NewRatio",
            "SurvivorRatio", "MaxTenuringThreshold", "InitialTenuringThreshold", "ParallelGCThreads", "ConcGCThreads",
            "MaxGCPauseMillis", "GCTimeRatio", "G1HeapRegionSize", "SoftRefLRUPolicyMSPerMB", "MetaspaceSize",
            "MaxMetaspaceSize", "CompressedClassSpaceSize", "ReservedCodeCacheSize", "MaxDirectMemorySize",
            "ThreadStackSize", "TieredStopAtLevel", "CICompilerCount", "ActiveProcessorCount");

    private ProjectJvmOptions() {
    }

    /** The options, one per word, each one of those allowed; a build given any other fails, naming it. */
    static List<String> checked(String jvmArgs) {
        if (jvmArgs == null || jvmArgs.isBlank()) {
            return List.of();
        }
        List<String> options = List.of(jvmArgs.strip().split("\\s+"));
        for (String option : options) {
            if (!allowed(option)) {
                throw new PaperDigestException("jvmArgs '" + jvmArgs.strip() + "': '" + option + "' is not an option"
                        + " the engine's JVM takes from a project. It takes heap and stack sizes (-Xmx4g), collector and"
                        + " compiler options (-XX:+UseG1GC, -XX:MaxRAMPercentage=75, -XX:TieredStopAtLevel=1) and logs"
                        + " to the console (-Xlog:gc); options that write files, load code or set system properties are"
                        + " refused, as the pom can come with a pull request. To profile a build, build in Maven's JVM"
                        + " (-DpaperDigest.fork=false) with MAVEN_OPTS", null, Setting.JVM_ARGS);
            }
        }
        return options;
    }

    private static boolean allowed(String option) {
        if (WORDS.contains(option) || SIZE.matcher(option).matches() || LOG.matcher(option).matches()) {
            return true;
        }
        Matcher flag = FLAG.matcher(option);
        if (flag.matches()) {
            return FLAGS.contains(flag.group(1));
        }
        Matcher value = VALUE.matcher(option);
        return value.matches() && VALUES.contains(value.group(1));
    }
}
