package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.ControlCharacters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files the plugin wrote into the output folder, with a hash of each. It is how the plugin knows
 * which files it may replace or remove: any file not listed belongs to someone else and is kept.
 *
 * <p>One line per file: the {@link ContentHash} of its bytes, a space, its path. (Earlier versions of the plugin wrote
 * the SHA-256, 64 digits; such a manifest is still the plugin's, and its hashes match no new file's, so the next
 * build writes every file again.) Paths are escaped (a backslash,
 * and every control character, as a backslash and a letter, or a backslash, 'u' and four hex digits), so
 * that no file name can end a line and make the manifest claim a file it did not write. Reading is
 * strict: a manifest with a line that is not a hash and a safe path is damaged, and is not trusted at all.
 *
 * <p>The hash may be followed by {@code :<key of what the file was made from>}: the key lets the next build keep
 * a file whose inputs did not change without making it again.
 */
public final class Manifest {

    /** Kept inside the output folder so that it travels with the site. */
    public static final String FILE_NAME = ".paper-digest-manifest";
    private static final String HEADER = "# Files written by the Paper Digest Maven plugin; it removes only these.";
    private static final String INPUTS = "# inputs: ";
    /** The SHA-256, in hexadecimal, that earlier versions of the plugin listed files by. */
    private static final int EARLIER_HASH_LENGTH = 64;
    /**
     * Far above any site's manifest (about 180 bytes a file: 20 MB at 100,000 papers); a copy of a published site is
     * anyone's file, and its text takes twice its bytes in the heap.
     */
    static final long MAX_BYTES = 512L << 20;

    /** Path to its entry: the hash of its bytes, with ':' and its key when it has one. */
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

    /** What an output folder's manifest says, or why it says nothing. */
    sealed interface Reading permits Found, Missing, Damaged {
    }

    record Found(Manifest manifest) implements Reading {
    }

    record Missing() implements Reading {
    }

    /** @param reason what is wrong, for the log */
    record Damaged(String reason) implements Reading {
    }

    /** The manifest of an output folder, missing, or damaged (and then not trusted). */
    static Reading read(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Missing();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Damaged("it is not a file");
        }
        String text;
        try {
            byte[] bytes;
            try (SeekableByteChannel channel = Files.newByteChannel(file, LinkOption.NOFOLLOW_LINKS)) {
                if (channel.size() > MAX_BYTES) {
                    return new Damaged("it is larger than any site's manifest");
                }
                bytes = Channels.newInputStream(channel).readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return new Damaged("it is larger than any site's manifest");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Damaged("it is not text");
        } catch (IOException e) {
            return new Damaged("it cannot be read: " + IoMessages.describe(e));
        }
        return parse(text);
    }

    /**
     * The manifest a text holds, or why it is damaged: every line must be a comment or an entry as written. One pass,
     * without regular expressions: both JVMs of a build read the manifest, one line per file of the site, before
     * anything else can start.
     */
    private static Reading parse(String text) {
        if (!text.startsWith("#")) {
            return new Damaged("it does not start as a manifest does");
        }
        Map<String, String> hashes = new TreeMap<>();
        String inputs = "";
        int lineNumber = 0;
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            at = end < 0 ? text.length() : end + 1;
            lineNumber++;
            if (line.startsWith(INPUTS)) {
                inputs = line.substring(INPUTS.length()).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String entry = space < 0 ? "" : line.substring(0, space);
            Optional<String> path = isEntry(entry) ? unescape(line.substring(space + 1)) : Optional.empty();
            if (path.isEmpty() || !OutputPaths.isSafe(path.get())) {
                return new Damaged("line " + lineNumber + " is not a hash and a file of the site");
            }
            hashes.put(path.get(), entry);
        }
        return new Found(new Manifest(hashes, inputs));
    }

    /** A hash (this version's, or an earlier one's SHA-256), with ':' and a key after it when it has one. */
    private static boolean isEntry(String entry) {
        int colon = entry.indexOf(':');
        int hashLength = colon < 0 ? entry.length() : colon;
        if (hashLength != ContentHash.HEX_LENGTH && hashLength != EARLIER_HASH_LENGTH) {
            return false;
        }
        for (int i = 0; i < hashLength; i++) {
            char c = entry.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return colon < 0 || isKey(entry, colon + 1);
    }

    /** Whether the text from {@code from} on is a key: one or more letters, digits and '-'. */
    private static boolean isKey(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                return false;
            }
        }
        return true;
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
        if (key != null && !isKey(key, 0)) {
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
        hashes.forEach((path, hash) -> out.append(hash).append(' ').append(escape(path)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String path) {
        return ControlCharacters.escaped(path, "\\");
    }

    /** The path an escaped one stands for; empty when it holds a raw control character or a broken escape. */
    static Optional<String> unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (ControlCharacters.is(c)) {
                return Optional.empty();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= escaped.length()) {
                return Optional.empty();
            }
            switch (escaped.charAt(i)) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 >= escaped.length() || !escaped.substring(i + 1, i + 5).matches("[0-9a-f]{4}")) {
                        return Optional.empty();
                    }
                    out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out.toString());
    }
}
