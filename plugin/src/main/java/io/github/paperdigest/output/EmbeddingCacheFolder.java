package io.github.paperdigest.output;

import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.Sha256;
import io.github.paperdigest.taxonomy.EmbeddingStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The embedding cache on disk, shared by every build on the machine: a folder per model key, holding packs of
 * vectors. A build adds one pack with the vectors it computed; when a model has many packs, a build merges them.
 *
 * <p>A pack is written to a temporary file and moved into place in one step, so a reader never sees half a pack
 * and concurrent builds never write the same file. A pack starts with a magic number, the format version, the
 * model key and the vector length, and ends with the number of vectors and the SHA-256 of all that precedes it.
 * A pack that is short, long, foreign, of another version or model, or whose checksum is wrong, is reported by
 * name, deleted and left out; its vectors are computed again. The cache never fails a build: a folder that
 * cannot be read or written is reported and the build goes on without it.
 */
public final class EmbeddingCacheFolder implements EmbeddingStore {

    static final byte[] MAGIC = "PDEMBED".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final String PACK = ".vectors";
    private static final String PENDING = ".pending";
    private static final int KEY_BYTES = 32;
    /** More packs than this for a model and the next build merges them into one. */
    static final int MAX_PACKS = 8;
    /** A pending file this old was left by a build that died; younger ones may still be being written. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path root;
    private final Consumer<String> warn;

    /**
     * @param root where the cache lives, by default {@code ~/.cache/paper-digest}; made when first written
     * @param warn told of every problem with the cache; none of them fails the build
     */
    public EmbeddingCacheFolder(Path root, Consumer<String> warn) {
        this.root = root.toAbsolutePath().normalize();
        this.warn = warn;
    }

    /** The folder of a model's packs. */
    Path folder(String modelKey) {
        return root.resolve("embeddings").resolve(folderName(modelKey));
    }

    @Override
    public Map<String, float[]> load(String modelKey, int dimensions, Set<String> keys) {
        Map<String, float[]> found = new HashMap<>();
        for (Path pack : packs(folder(modelKey))) {
            read(pack, modelKey, dimensions).ifPresent(entries -> entries.forEach((key, vector) -> {
                if (keys.contains(key)) {
                    found.putIfAbsent(key, vector);
                }
            }));
            if (found.size() == keys.size()) {
                break;
            }
        }
        return found;
    }

    @Override
    public void save(String modelKey, int dimensions, Map<String, float[]> vectors) {
        Path folder = folder(modelKey);
        try {
            Files.createDirectories(folder);
            write(folder, modelKey, dimensions, new TreeMap<>(vectors));
            List<Path> packs = packs(folder);
            if (packs.size() > MAX_PACKS) {
                merge(folder, modelKey, dimensions, packs);
            }
        } catch (IOException | RuntimeException e) {
            warn.accept("Could not write the embedding cache in " + folder + " (" + reason(e) + "); the next build"
                    + " will embed these papers again" + (IoMessages.isDiskFull(e, folder) ? IoMessages.DISK_FULL_FIX
                            : ". Set 'embeddingCache' to a folder the build can write to"));
        }
    }

    /** The packs of a folder, in name order so that every build reads them alike; none when there is no folder. */
    private List<Path> packs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> packs = new ArrayList<>();
        try {
            for (Path p : FolderWalker.sortedChildren(folder)) {
                String name = p.getFileName().toString();
                if (name.endsWith(PACK)) {
                    packs.add(p);
                } else if (name.endsWith(PENDING)) {
                    deleteIfAbandoned(p);
                }
            }
        } catch (IOException e) {
            warn.accept("Could not list the embedding cache " + folder + " (" + reason(e) + "); embedding without it");
            return List.of();
        }
        return packs;
    }

    /** A pack's vectors by text key, or empty when it is damaged (then reported and deleted) or gone. */
    private java.util.Optional<Map<String, float[]>> read(Path pack, String modelKey, int dimensions) {
        try {
            long size = Files.size(pack);
            MessageDigest sha = Sha256.digest();
            try (InputStream raw = Files.newInputStream(pack);
                    DataInputStream in = new DataInputStream(new DigestInputStream(new BufferedInputStream(raw, 1 << 16), sha))) {
                byte[] magic = new byte[MAGIC.length];
                in.readFully(magic);
                if (!Arrays.equals(magic, MAGIC)) {
                    return damaged(pack, "not a Paper Digest embedding pack");
                }
                int version = in.readUnsignedByte();
                if (version != VERSION) {
                    return damaged(pack, "format version " + version + ", this plugin reads version " + VERSION);
                }
                String key = in.readUTF();
                int dims = in.readInt();
                if (!key.equals(modelKey) || dims != dimensions) {
                    return damaged(pack, "made by model " + key + " (" + dims + " dimensions), not " + modelKey);
                }
                long header = MAGIC.length + 1 + 2 + key.getBytes(StandardCharsets.UTF_8).length + 4;
                long entryBytes = KEY_BYTES + 4L * dims;
                long body = size - header - 4 - KEY_BYTES;
                if (body < 0 || body % entryBytes != 0) {
                    return damaged(pack, "truncated or padded (" + size + " bytes)");
                }
                long count = body / entryBytes;
                Map<String, float[]> entries = new HashMap<>((int) Math.min(count * 4 / 3 + 1, Integer.MAX_VALUE));
                // an entry at a time into an array: the digest and the floats then take whole arrays, not bytes
                byte[] entry = new byte[(int) entryBytes];
                HexFormat hex = HexFormat.of();
                for (long i = 0; i < count; i++) {
                    in.readFully(entry);
                    float[] v = new float[dims];
                    ByteBuffer.wrap(entry, KEY_BYTES, 4 * dims).asFloatBuffer().get(v);
                    entries.put(hex.formatHex(entry, 0, KEY_BYTES), v);
                }
                int declared = in.readInt();
                byte[] expected = sha.digest();
                byte[] stored = new byte[KEY_BYTES];
                in.readFully(stored);
                if (declared != count || !Arrays.equals(expected, stored)) {
                    return damaged(pack, "its checksum does not match its contents");
                }
                return java.util.Optional.of(entries);
            }
        } catch (NoSuchFileException e) {
            return java.util.Optional.empty(); // merged away by another build meanwhile
        } catch (EOFException e) {
            return damaged(pack, "truncated");
        } catch (IOException e) {
            warn.accept("Could not read the embedding cache file " + pack + " (" + reason(e) + "); embedding its papers"
                    + " again");
            return java.util.Optional.empty();
        }
    }

    private java.util.Optional<Map<String, float[]>> damaged(Path pack, String why) {
        warn.accept("Ignoring the damaged embedding cache file " + pack + ": " + why + ". It is deleted and its"
                + " papers are embedded again.");
        try {
            Files.deleteIfExists(pack);
        } catch (IOException e) {
            warn.accept("Could not delete " + pack + " (" + reason(e) + ")");
        }
        return java.util.Optional.empty();
    }

    /** Writes a pack beside the others, under a name made from its contents, and moves it into place. */
    private Path write(Path folder, String modelKey, int dimensions, Map<String, float[]> sorted) throws IOException {
        Path pending = Files.createTempFile(folder, "pack-", PENDING);
        try {
            MessageDigest sha = Sha256.digest();
            try (OutputStream raw = Files.newOutputStream(pending);
                    DataOutputStream out = new DataOutputStream(new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), sha))) {
                out.write(MAGIC);
                out.writeByte(VERSION);
                out.writeUTF(modelKey);
                out.writeInt(dimensions);
                ByteBuffer entry = ByteBuffer.allocate(KEY_BYTES + 4 * dimensions);
                for (Map.Entry<String, float[]> e : sorted.entrySet()) {
                    if (e.getValue().length != dimensions) {
                        throw new IllegalArgumentException("a vector of " + e.getValue().length + " for " + dimensions);
                    }
                    entry.clear();
                    entry.put(HexFormat.of().parseHex(e.getKey()));
                    entry.asFloatBuffer().put(e.getValue());
                    out.write(entry.array());
                }
                out.writeInt(sorted.size());
                out.flush();
                byte[] digest = sha.digest();
                raw.write(digest);
                Path pack = folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + PACK);
                out.close();
                move(pending, pack);
                return pack;
            }
        } finally {
            Files.deleteIfExists(pending);
        }
    }

    /**
     * Merges a model's packs into one. Another build may read or merge at the same time: it reads complete packs
     * only, and a pack that vanishes under it is a miss, not an error.
     */
    private void merge(Path folder, String modelKey, int dimensions, List<Path> packs) throws IOException {
        Map<String, float[]> all = new TreeMap<>();
        List<Path> merged = new ArrayList<>();
        for (Path pack : packs) {
            java.util.Optional<Map<String, float[]>> entries = read(pack, modelKey, dimensions);
            if (entries.isPresent()) {
                entries.get().forEach(all::putIfAbsent);
                merged.add(pack);
            }
        }
        Path into = write(folder, modelKey, dimensions, all);
        for (Path p : merged) {
            if (!p.equals(into)) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteIfAbandoned(Path pending) {
        try {
            FileTime modified = Files.getLastModifiedTime(pending);
            if (modified.toInstant().isBefore(Instant.now().minus(ABANDONED))) {
                Files.deleteIfExists(pending);
            }
        } catch (IOException e) {
            // another build removed it or is still writing it; either way not ours to worry about
        }
    }

    /** A folder name for a model key: its safe characters, and a hash telling apart keys that differ elsewhere. */
    static String folderName(String modelKey) {
        String safe = modelKey.replaceAll("[^A-Za-z0-9._-]", "_");
        return (safe.length() > 80 ? safe.substring(0, 80) : safe) + "-"
                + Sha256.hex(modelKey).substring(0, 8);
    }


    /** Why a file of the cache could not be used, in words rather than as an exception's class and path. */
    private static String reason(Exception e) {
        if (e instanceof IOException io) {
            return IoMessages.describe(io);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
