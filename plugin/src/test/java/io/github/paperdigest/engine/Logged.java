package io.github.paperdigest.engine;

import java.util.ArrayList;
import java.util.List;

/** A build's log kept for a test to read: its information lines, its warnings and its debug lines. */
final class Logged implements BuildLog {
    final List<String> infos = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> debugs = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        infos.add(message);
    }

    @Override
    public synchronized void warn(String message) {
        warnings.add(message);
    }

    @Override
    public synchronized void debug(String message) {
        debugs.add(message);
    }

    synchronized boolean has(String text) {
        return infos.stream().anyMatch(m -> m.contains(text));
    }

    /** Whether a debug line (what {@code mvn -X} shows) holds the text. */
    synchronized boolean told(String text) {
        return debugs.stream().anyMatch(m -> m.contains(text));
    }

    @Override
    public synchronized String toString() {
        return "info " + infos + "\nwarnings " + warnings;
    }
}
