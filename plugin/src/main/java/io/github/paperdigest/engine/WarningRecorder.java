package io.github.paperdigest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A log that passes everything on and keeps the warnings of the build under way, in the order they were given, so
 * that they can be kept beside the site and told again by a build that finds it up to date. Its builder runs one
 * build at a time; the warnings of one build come from several threads.
 */
final class WarningRecorder implements BuildLog {

    private final BuildLog log;
    private final List<String> warnings = new ArrayList<>();

    WarningRecorder(BuildLog log) {
        this.log = log;
    }

    /** Forgets what an earlier build warned of: a new build starts. */
    synchronized void startBuild() {
        warnings.clear();
    }

    /** What this build warned of so far. */
    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
        synchronized (this) {
            warnings.add(message);
        }
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
