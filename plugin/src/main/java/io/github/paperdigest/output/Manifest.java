package io.github.paperdigest.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files the plugin wrote into the output folder, with a hash of each. It is how the plugin knows
 * which files it may replace or remove: any file not listed belongs to someone else and is kept.
 *
 * <p>A line is {@code <sha-256 of the bytes>[:<key of what the file was made from>] <path>}. The key lets the
 * next build keep a file whose inputs did not change without making it again; a plugin that does not know
 * keys reads the pair as a hash that matches nothing, and simply writes the file again.
 */
public final class Manifest {

    /** Kept inside the output folder so that it travels with the site. */
    public static final String FILE_NAME = ".paper-digest-manifest";
    private static final String HEADER = "# Files written by the Paper Digest Maven plugin; it removes only these.";
    private static final String INPUTS = "# inputs: ";
    private static final String STAMP = "# input: ";
    private static final Pattern KEY = Pattern.compile("[0-9A-Za-z-]+");

    private final Map<String, String> hashes;
    private final String inputs;
    private final List<InputStamp> stamps;

    Manifest(Map<String, String> hashes, String inputs, List<InputStamp> stamps) {
        this.hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
        this.inputs = inputs == null ? "" : inputs;
        this.stamps = List.copyOf(stamps);
    }

    static Manifest empty() {
        return new Manifest(Map.of(), "", List.of());
    }

    /** The files the site was built from as that build saw them; lines "# input: hash size time name". */
    List<InputStamp> stamps() {
        return stamps;
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
        List<InputStamp> stamps = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(INPUTS)) {
                    inputs = line.substring(INPUTS.length()).strip();
                    continue;
                }
                if (line.startsWith(STAMP)) {
                    stamp(line.substring(STAMP.length())).ifPresent(stamps::add);
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
        return new Manifest(hashes, inputs, stamps);
    }

    /** A stamp line, or nothing when it is not one this plugin wrote: it only saves reading a file again. */
    private static Optional<InputStamp> stamp(String line) {
        String[] parts = line.split(" ", 4);
        try {
            return parts.length == 4 ? Optional.of(new InputStamp(parts[3], Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]), parts[0])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean contains(String path) {
        return hashes.containsKey(path);
    }

    /** The hash of a file's bytes, or null when the manifest does not list it. */
    String hash(String path) {
        String entry = hashes.get(path);
        if (entry == null) {
            return null;
        }
        int colon = entry.indexOf(':');
        return colon < 0 ? entry : entry.substring(0, colon);
    }

    /** The key of what a file was made from, or null when the manifest has none for it. */
    String key(String path) {
        String entry = hashes.get(path);
        int colon = entry == null ? -1 : entry.indexOf(':');
        return colon < 0 ? null : entry.substring(colon + 1);
    }

    /** A manifest entry: the hash of a file's bytes, with the key of what it was made from when there is one. */
    static String entry(String hash, String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a key is letters, digits and '-': " + key);
        }
        return key == null ? hash : hash + ":" + key;
    }

    Map<String, String> entries() {
        return hashes;
    }

    byte[] toBytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (!inputs.isEmpty()) {
            out.append(INPUTS).append(inputs).append('\n');
        }
        for (InputStamp s : stamps) {
            out.append(STAMP).append(s.hash()).append(' ').append(s.size()).append(' ').append(s.modified()).append(' ')
                    .append(s.name()).append('\n');
        }
        hashes.forEach((path, hash) -> out.append(hash).append(' ').append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
