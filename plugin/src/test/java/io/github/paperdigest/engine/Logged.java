package io.github.paperdigest.engine;

import java.util.ArrayList;
import java.util.List;

/** A build's log kept for a test to read: its information lines and its warnings. */
final class Logged implements BuildLog {
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        infos.add(message);
    }

    @Override
    public synchronized void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void debug(String message) {
    }

    synchronized boolean has(String text) {
        return infos.stream().anyMatch(m -> m.contains(text));
    }

    @Override
    public synchronized String toString() {
        return "info " + infos + "\nwarnings " + warnings;
    }
}
