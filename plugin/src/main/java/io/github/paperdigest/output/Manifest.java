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
    private static final String INPUTS = "# inputs: ";

    private final Map<String, String> hashes;
    private final String inputs;

    Manifest(Map<String, String> hashes, String inputs) {
        this.hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
        this.inputs = inputs == null ? "" : inputs;
    }

    static Manifest empty() {
        return new Manifest(Map.of(), "");
    }

    /** The fingerprint of everything the site was built from, or "" when unknown. */
    String inputs() {
        return inputs;
    }

    /** The manifest of an output folder; empty when the folder or its manifest does not exist. */
    static Manifest readFrom(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, String> hashes = new TreeMap<>();
        String inputs = "";
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(INPUTS)) {
                    inputs = line.substring(INPUTS.length()).strip();
                    continue;
                }
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
        return new Manifest(hashes, inputs);
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
        if (!inputs.isEmpty()) {
            out.append(INPUTS).append(inputs).append('\n');
        }
        hashes.forEach((path, hash) -> out.append(hash).append(' ').append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
