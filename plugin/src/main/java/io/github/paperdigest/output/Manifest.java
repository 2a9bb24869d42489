package io.github.paperdigest.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files the plugin wrote into the output folder, with a hash of each. It is how the plugin knows
 * which files it may replace or remove: any file not listed belongs to someone else and is kept.
 */
public final class Manifest {

    /** Kept inside the output folder so that it travels with the site. */
    public static final String FILE_NAME = ".paper-digest-manifest";
    private static final String HEADER = "# Files written by the Paper Digest Maven plugin; it removes only these.";

    private final Map<String, String> hashes;

    Manifest(Map<String, String> hashes) {
        this.hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
    }

    static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** The manifest of an output folder; empty when the folder or its manifest does not exist. */
    static Manifest readFrom(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, String> hashes = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                if (space > 0) {
                    hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (IOException e) {
            throw new OutputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Manifest(hashes);
    }

    boolean contains(String path) {
        return hashes.containsKey(path);
    }

    String hash(String path) {
        return hashes.get(path);
    }

    Map<String, String> entries() {
        return hashes;
    }

    byte[] toBytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        hashes.forEach((path, hash) -> out.append(hash).append(' ').append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
