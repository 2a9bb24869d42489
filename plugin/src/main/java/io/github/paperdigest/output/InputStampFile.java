package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The stamps of the files a site was last built from ({@link InputStamp}), kept beside the output folder
 * ({@code site/.papers.stamps} for {@code site/papers}), not in it: they hold the times of the project's files,
 * which differ from machine to machine and build to build, and a site must be the same bytes wherever and
 * whenever it is built. A stamp is a fact about an input file, whichever site was built from it, so the file is a
 * cache and nothing more: missing, damaged or left by an interrupted build, it only makes the next build read the
 * inputs again. Written under the output's lock; read under it by the build, and outside it only for a guess that
 * decides nothing (whether to start the engine's JVM before the check, {@code EngineProcess}): a write replaces the
 * file whole in one step, so a reader finds the old stamps or the new ones.
 *
 * <p>A line is {@code <hash> <size> <time> <name>}, the name escaped as the manifest escapes paths.
 */
public final class InputStampFile {

    private static final String HEADER = "# Paper Digest: the input files as last read (a cache; safe to delete)";
    // stamps with another hash (SHA-256, in earlier versions) are not trusted, so the inputs are read again
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{" + ContentHash.HEX_LENGTH + "}");

    private final Path file;

    /** The stamps of the inputs of the site in {@code output}. */
    public InputStampFile(Path output) {
        this.file = FilesBeside.of(output, "stamps");
    }

    /** The stamps recorded, or none when there is no file of the plugin's there, or it is damaged. */
    public List<InputStamp> read() {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return List.of();
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return List.of();
        }
        List<InputStamp> stamps = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Optional<InputStamp> stamp = stamp(line);
            if (stamp.isEmpty()) {
                return List.of(); // a line the plugin did not write: trust none of it
            }
            stamps.add(stamp.get());
        }
        return stamps;
    }

    /**
     * Records the stamps, replacing the plugin's previous file whole. A file of that name that the plugin did not
     * write is left alone, and so is any failure: the next build reads the inputs again, and {@code warn} is told.
     */
    void write(List<InputStamp> stamps, Consumer<String> warn) {
        try {
            if (FilesBeside.isAnothers(file, HEADER)) {
                warn.accept(file + " was not written by Paper Digest: it is left as it is, and the next build reads"
                        + " every input again");
                return;
            }
            StringBuilder out = new StringBuilder(HEADER).append('\n');
            for (InputStamp s : stamps) {
                out.append(s.hash()).append(' ').append(s.size()).append(' ').append(s.modified()).append(' ')
                        .append(Manifest.escape(s.name())).append('\n');
            }
            FilesBeside.replace(file, stream -> stream.write(out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            warn.accept("cannot record the input files in " + file + " (" + IoMessages.describe(e)
                    + "): the next build reads every input again");
        }
    }

    private static Optional<InputStamp> stamp(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length != 4 || !HASH.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        try {
            long size = Long.parseLong(parts[1]);
            long modified = Long.parseLong(parts[2]);
            return Manifest.unescape(parts[3]).map(name -> new InputStamp(name, size, modified, parts[0]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
