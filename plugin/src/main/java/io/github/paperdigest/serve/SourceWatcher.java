package io.github.paperdigest.serve;

import io.github.paperdigest.files.FolderEntry;
import io.github.paperdigest.files.FolderWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tells when a source of the site changed: any file under the watched folders (digests, templates; new
 * sub-folders are watched as they appear), or one of the watched files (the taxonomy, the POM). Changes that come
 * in a burst (an editor saving through a temporary file, a copy of many digests) are reported as one.
 */
final class SourceWatcher implements AutoCloseable {

    private static final Duration QUIET = Duration.ofMillis(200);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The watched files (and folders not made yet) each folder is watched for: in it, or in folders to be made in it. */
    private final Map<Path, Set<Path>> awaited = new HashMap<>();
    private final Set<Path> trees = new LinkedHashSet<>();
    /** Folders to watch that do not exist yet: watched as a whole once they are created. */
    private final Set<Path> pendingTrees = new LinkedHashSet<>();

    SourceWatcher() {
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch files: " + e.getMessage(), e);
        }
    }

    /** Watches every file under {@code folder}; a folder that does not exist yet is watched from its creation. */
    SourceWatcher tree(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(dir)) {
            trees.add(dir);
            registerTree(dir);
        } else {
            pendingTrees.add(dir);
            file(dir);
        }
        return this;
    }

    /**
     * Watches one file, through its folder, whether or not it exists yet. Where its folder does not exist either, the
     * nearest folder above it that does is watched until the folders on the way are made.
     */
    SourceWatcher file(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path dir = nearestFolderAbove(f);
        if (dir != null) {
            awaited.computeIfAbsent(dir, d -> new LinkedHashSet<>()).add(f);
            register(dir);
        }
        return this;
    }

    private static Path nearestFolderAbove(Path path) {
        Path dir = path.getParent();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        return dir;
    }

    /**
     * Waits for a change and returns the changed paths once the burst is over; empty when the watcher was closed.
     */
    Optional<Set<Path>> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            collect(service.take(), changed);
            for (WatchKey key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS); key != null;
                    key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) {
                collect(key, changed);
            }
        } catch (ClosedWatchServiceException closed) {
            return Optional.empty();
        }
        return changed.isEmpty() ? next() : Optional.of(changed);
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir == null ? Path.of(".") : dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (isInTree(path)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    registerTree(path); // a new sub-folder of digests: watched from now on
                }
                changed.add(path);
            } else {
                awaitedIn(dir, path, changed);
            }
        }
        key.reset();
    }

    /** A watched file or pending folder that changed, or a folder made on the way to one, watched from now on. */
    private void awaitedIn(Path dir, Path path, Set<Path> changed) {
        for (Path target : List.copyOf(awaited.getOrDefault(dir, Set.of()))) {
            if (target.equals(path)) {
                if (pendingTrees.contains(path) && Files.isDirectory(path)) {
                    pendingTrees.remove(path);
                    trees.add(path);
                    registerTree(path);
                }
                changed.add(path);
            } else if (target.startsWith(path) && Files.isDirectory(path)) {
                file(target);
                if (Files.exists(target)) { // made with its folders, before they were watched
                    awaitedIn(target.getParent(), target, changed);
                }
            }
        }
    }

    private boolean isInTree(Path path) {
        for (Path tree : trees) {
            if (path.startsWith(tree)) {
                return true;
            }
        }
        return false;
    }

    private void registerTree(Path dir) {
        List<Path> all = new ArrayList<>(List.of(dir));
        try {
            FolderWalker.entries(dir).stream().filter(e -> e.kind() == FolderEntry.Kind.FOLDER)
                    .forEach(e -> all.add(e.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir + ": " + e.getMessage(), e);
        }
        all.forEach(this::register);
    }

    private void register(Path dir) {
        if (folders.containsValue(dir)) {
            return;
        }
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
