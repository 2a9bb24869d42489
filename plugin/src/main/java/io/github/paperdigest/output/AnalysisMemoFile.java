package io.github.paperdigest.output;

import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.ContentHash;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;

/**
 * A memo of an output folder ({@link AnalysisMemo}), kept beside it ({@code site/.papers.analysis},
 * {@code site/.papers.reading} and {@code site/.papers.fragments} for {@code site/papers}, see {@link Kind}) as the input stamps are: it is a cache of
 * what the last build worked out, and nothing more.
 * Missing, damaged, or made by other plugin code, it is ignored and what it held is worked out again; a file of that
 * name the plugin did not write is left alone. It holds the values the last build used or kept ({@link #keep}), and no
 * others, so it grows and shrinks with the archive. Read and written under the output's lock.
 *
 * <p>The file starts with a magic number, the format version and the fingerprint of the plugin's code, then the
 * entries by key (the key's 16 bytes, the value's length, the value), and ends with the number of entries and the
 * {@link ContentHash} of all that precedes it.
 */
public final class AnalysisMemoFile implements AnalysisMemo {

    static final byte[] MAGIC = "PDANALYSIS".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2; // 1: keys and checksum of SHA-256
    private static final int KEY_BYTES = ContentHash.BYTES;

    /**
     * What a memo holds. The digests' readings are used, and kept, before the papers are indexed; the papers'
     * analyses after. Two files, so that the readings, which weigh about as much as the digests, are not held in
     * memory while the papers are indexed.
     */
    public enum Kind {
        ANALYSES("analysis", "the papers' analyses", "every paper is analysed again"),
        READINGS("reading", "the digests' readings", "every digest is read again"),
        /**
         * What publishing made of single papers for the files of the whole site (their BibTeX entries and search words):
         * kept while the site is published, after the analyses are let go.
         */
        FRAGMENTS("fragments", "the papers' BibTeX entries and search words", "each paper's entry and words are made again");

        private final String suffix;
        private final String what;
        private final String otherwise;

        Kind(String suffix, String what, String otherwise) {
            this.suffix = suffix;
            this.what = what;
            this.otherwise = otherwise;
        }
    }

    private final Path file;
    private final Kind kind;
    private final String code;
    private final Consumer<String> warn;
    private final Kept kept;
    private final Map<String, byte[]> recalled = new ConcurrentHashMap<>();
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private final Map<String, byte[]> replaced = new ConcurrentHashMap<>();
    /** Values of the last build this one did not recall but keeps for the next ({@link #keep}). */
    private final Map<String, byte[]> carried = new ConcurrentHashMap<>();
    /**
     * Why values were found that no build makes, told once when the file is saved: in order, so that the warning is
     * the same words whichever thread found its value first.
     */
    private final Set<String> unusable = new ConcurrentSkipListSet<>();

    /**
     * What the file held when the build began: its entries (none when it was missing, damaged or made by other
     * code), and whether a file of that name was there that the plugin did not write.
     */
    private record Kept(Map<String, byte[]> entries, boolean foreign) {
    }

    private AnalysisMemoFile(Path file, Kind kind, String code, Consumer<String> warn, Kept kept) {
        this.file = file;
        this.kind = kind;
        this.code = code;
        this.warn = warn;
        this.kept = kept;
    }

    /**
     * The memo of the output folder, holding what the last build kept there if the same plugin code made it.
     *
     * @param code the fingerprint of the plugin's code: analyses made by other code are not used
     * @param warn told of a memo it cannot read or write; neither fails the build
     */
    public static AnalysisMemoFile open(Path output, Kind kind, String code, Consumer<String> warn) {
        Path file = FilesBeside.of(output.toAbsolutePath().normalize(), kind.suffix);
        return new AnalysisMemoFile(file, kind, code, warn, read(file, kind, code, warn));
    }

    @Override
    public byte[] recall(String key) {
        byte[] value = kept.entries().get(key);
        if (value != null) {
            recalled.put(key, value);
        }
        return value;
    }

    @Override
    public void remember(String key, byte[] value) {
        made.put(key, value);
    }

    @Override
    public void replace(String key, byte[] value) {
        replaced.put(key, value);
    }

    @Override
    public byte[] held(String key) {
        byte[] value = replaced.get(key);
        if (value == null) {
            value = made.get(key);
        }
        return value != null ? value : recalled.get(key);
    }

    @Override
    public void forget(String key) {
        recalled.remove(key);
        replaced.remove(key);
        carried.remove(key);
    }

    @Override
    public void keep(String key) {
        byte[] value = kept.entries().get(key);
        if (value != null) {
            carried.put(key, value);
        }
    }

    @Override
    public void unusable(String key, String why) {
        forget(key);
        unusable.add(why);
    }

    /**
     * How many analyses were taken from the last build's memo, how many made anew, and how many of the last build's
     * were kept for the next without being recalled ({@link #keep}).
     */
    public record Use(int recalled, int made, int carried) {

        public Use(int recalled, int made) {
            this(recalled, made, 0);
        }
    }

    /**
     * Replaces the file with the values this build used or kept, and says how many it recalled and made. Failing to
     * write is reported, never fatal.
     */
    public Use save() {
        if (!unusable.isEmpty()) {
            warn.accept("Ignoring values of the memo of " + kind.what + " " + file + " that no build makes ("
                    + String.join("; ", unusable) + "): the file was altered after the build that wrote it; what they"
                    + " held is worked out again, and the file is replaced");
        }
        int carriedOnly = (int) carried.keySet().stream().filter(key -> !recalled.containsKey(key) && !made.containsKey(key)).count();
        Use use = new Use(recalled.size(), made.size(), carriedOnly);
        if (kept.foreign()) {
            warn.accept(file + " was not written by Paper Digest: it is left as it is, and in the next build "
                    + kind.otherwise);
        } else if (use.made() > 0 || !replaced.isEmpty() || use.recalled() + carriedOnly < kept.entries().size()) {
            // else every value was recalled or kept as it was, and only those: the file already holds exactly these.
            // By key, so that the file's bytes do not depend on the order in which threads used its values.
            Map<String, byte[]> used = new TreeMap<>(carried);
            used.putAll(recalled);
            used.putAll(replaced);
            used.putAll(made);
            try {
                FilesBeside.replace(file, out -> write(out, used));
            } catch (IOException e) {
                warn.accept("cannot keep " + kind.what + " in " + file + " (" + IoMessages.describe(e)
                        + "): in the next build " + kind.otherwise);
            }
        }
        return use;
    }

    private void write(OutputStream raw, Map<String, byte[]> sorted) throws IOException {
        MessageDigest hasher = ContentHash.digest();
        DataOutputStream out = new DataOutputStream(new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), hasher));
        out.write(MAGIC);
        out.writeByte(VERSION);
        out.writeUTF(code);
        HexFormat hex = HexFormat.of();
        for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
            out.write(hex.parseHex(e.getKey()));
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
        out.writeInt(sorted.size());
        out.flush();
        raw.write(hasher.digest());
    }

    /**
     * The entries of the file, or none when it is missing, made by other code, or damaged (then reported). The file
     * is read as a stream, entry by entry, so that it is held in memory once, as its values.
     */
    private static Kept read(Path file, Kind kind, String code, Consumer<String> warn) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Kept(Map.of(), false);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Kept(Map.of(), true); // a folder or a link: not the plugin's
            }
            long size = Files.size(file);
            if (size > Runtime.getRuntime().maxMemory() / 4) {
                // held in memory while it is used: a file this large would leave too little for the build itself
                warn.accept("Ignoring " + file + " (" + (size >> 20) + " MB, more than a quarter of the memory the"
                        + " build may use): " + kind.otherwise + "; give Maven more memory (MAVEN_OPTS=-Xmx...) to"
                        + " keep using it");
                return new Kept(Map.of(), false);
            }
            MessageDigest hasher = ContentHash.digest();
            try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                    DigestInputStream digested = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), hasher);
                    DataInputStream in = new DataInputStream(digested)) {
                if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                    return new Kept(Map.of(), true);
                }
                return new Kept(entries(in, digested, size - MAGIC.length, code), false);
            }
        } catch (EOFException e) {
            return damaged(file, kind, warn, "truncated");
        } catch (DamagedMemo e) {
            return damaged(file, kind, warn, e.getMessage());
        } catch (IOException e) {
            warn.accept("cannot read " + kind.what + " in " + file + " (" + IoMessages.describe(e) + "): "
                    + kind.otherwise);
            return new Kept(Map.of(), false);
        }
    }

    /** What is after the magic number: {@code left} bytes, the last of them the checksum, which is not digested. */
    private static Map<String, byte[]> entries(DataInputStream in, DigestInputStream digested, long left, String code)
            throws IOException {
        int version = in.readUnsignedByte();
        if (version != VERSION || !in.readUTF().equals(code)) {
            return Map.of(); // another version of the plugin made it: its analyses may differ from this one's
        }
        left -= 1 + 2 + code.getBytes(StandardCharsets.UTF_8).length; // a fingerprint is hexadecimal: one byte a char
        Map<String, byte[]> entries = new HashMap<>();
        HexFormat hex = HexFormat.of();
        byte[] key = new byte[KEY_BYTES];
        // an entry is its key, its length and its value; the count and the checksum come last
        while (left > 4 + KEY_BYTES) {
            in.readFully(key);
            int length = in.readInt();
            left -= KEY_BYTES + 4;
            if (length < 0 || length > left - 4 - KEY_BYTES) {
                throw new DamagedMemo("an entry of " + length + " bytes where " + left + " are left");
            }
            byte[] value = new byte[length];
            in.readFully(value);
            left -= length;
            entries.put(hex.formatHex(key), value);
        }
        if (left != 4 + KEY_BYTES || in.readInt() != entries.size()) {
            throw new DamagedMemo("its count of entries does not match them");
        }
        digested.on(false);
        byte[] stored = in.readNBytes(KEY_BYTES);
        if (!Arrays.equals(digested.getMessageDigest().digest(), stored) || in.read() != -1) {
            throw new DamagedMemo("its checksum does not match its contents");
        }
        return entries;
    }

    private static Kept damaged(Path file, Kind kind, Consumer<String> warn, String why) {
        warn.accept("Ignoring the damaged memo of " + kind.what + " " + file + " (" + why + "): " + kind.otherwise
                + ", and the file is replaced");
        return new Kept(Map.of(), false);
    }

    /** A memo file that is the plugin's by its magic number, but not whole. */
    private static final class DamagedMemo extends IOException {
        DamagedMemo(String message) {
            super(message);
        }
    }
}
