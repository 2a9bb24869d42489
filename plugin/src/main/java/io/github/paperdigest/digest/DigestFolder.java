package io.github.paperdigest.digest;

import io.github.paperdigest.model.DigestFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The digests of a project: every file under the digest folder that a reader handles, read in a fixed
 * order. Hidden files and the taxonomy file are not digests; other files no reader handles are named
 * in a warning, never silently skipped.
 */
public final class DigestFolder {

    private static final Set<String> NOT_DIGESTS = Set.of("taxonomy.yml", "taxonomy.yaml");

    private final List<DigestReader> readers;
    private final Consumer<String> warn;
    private final long maxDigestBytes;

    public DigestFolder(List<DigestReader> readers, Consumer<String> warn) {
        this(readers, warn, Runtime.getRuntime().maxMemory() / 2);
    }

    DigestFolder(List<DigestReader> readers, Consumer<String> warn, long maxDigestBytes) {
        this.readers = List.copyOf(readers);
        this.warn = warn;
        this.maxDigestBytes = maxDigestBytes;
    }

    /** The digest files found, in path order; an empty list when the folder does not exist. */
    public List<DigestSource> sources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> !NOT_DIGESTS.contains(p.getFileName().toString()))
                    .map(p -> new DigestSource(folder.relativize(p).toString().replace('\\', '/'), p))
                    .sorted(java.util.Comparator.comparing(DigestSource::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads every digest; files without papers are left out with a warning. */
    public List<DigestFile> read(List<DigestSource> sources, DigestProblems problems) {
        List<DigestFile> digests = new ArrayList<>();
        for (DigestSource source : sources) {
            if (!fitsInMemory(source, problems)) {
                continue;
            }
            Optional<DigestReader> reader = readerFor(source);
            if (reader.isEmpty()) {
                warn.accept(source.name() + ": not a digest format the plugin reads (.txt, .md, .json, .jsonl,"
                        + " .atom, .xml); ignored");
                continue;
            }
            DigestFile digest;
            try {
                digest = reader.get().read(source, problems);
            } catch (DigestException unreadable) {
                problems.report(unreadable); // strict: fails the build; lenient: the file is left out
                continue;
            }
            if (digest.entries().isEmpty()) {
                warn.accept(source.name() + ": no papers found; the file is left out of the site");
                continue;
            }
            digests.add(digest);
        }
        return digests;
    }

    /**
     * A digest's papers are held in memory while the site is built, so a file bigger than half the heap
     * could only end in an OutOfMemoryError: it is refused up front, with the way out.
     */
    private boolean fitsInMemory(DigestSource source, DigestProblems problems) {
        long size;
        try {
            size = Files.size(source.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.path() + ": " + e.getMessage(), e);
        }
        long limit = maxDigestBytes;
        if (size <= limit) {
            return true;
        }
        problems.report(source.name(), 0, String.format(java.util.Locale.ROOT, "is %,d MB, more than half of the"
                + " memory the build may use (%,d MB): split it into several digests, or give Maven more memory"
                + " (MAVEN_OPTS=-Xmx...)", size >> 20, (limit * 2) >> 20));
        return false;
    }

    private Optional<DigestReader> readerFor(DigestSource source) {
        return readers.stream().filter(r -> r.handles(source)).findFirst();
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
