package io.github.paperdigest.output;

import io.github.paperdigest.model.Sha256;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a site beside the current one and swaps it in only when complete, so that a failed or killed
 * build never leaves a half-written site. Files in the output folder that the plugin did not write (those
 * missing from its {@link Manifest}) are carried over to the new site; only the plugin's own files are
 * ever replaced or removed.
 *
 * <p>Layout, for an output folder {@code site/papers}: the new site is built in
 * {@code site/.papers.staging}; at commit the current site is renamed to {@code site/.papers.previous},
 * the staging folder to {@code site/papers}, and the previous site is deleted. A build killed between
 * the two renames is repaired by the next one.
 */
public final class StagedSite implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    /** Folders of the new site made so far: most files go into a few folders. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private Manifest previousManifest = Manifest.empty();
    private boolean finished;

    private StagedSite(Path output) {
        this.output = output;
        String name = output.getFileName().toString();
        this.staging = output.resolveSibling("." + name + ".staging");
        this.previous = output.resolveSibling("." + name + ".previous");
    }

    /**
     * Starts a new site for the output folder, repairing what an interrupted build left, and reads the manifest of
     * the current site (once: the up-to-date check and the reuse of unchanged files both use it). The staging
     * folder is made when the first file is written, so that a build that stops before writing leaves nothing.
     */
    public static StagedSite begin(Path outputDir) {
        StagedSite site = new StagedSite(outputDir.toAbsolutePath().normalize());
        site.recover();
        site.previousManifest = Manifest.readFrom(site.output);
        return site;
    }

    /** Writes one file of the new site. Safe to call from several threads for different paths. */
    public void write(String relativePath, byte[] content) {
        if (finished) {
            throw new IllegalStateException("site already committed or abandoned");
        }
        write(relativePath, null, OutputPaths.resolveInside(staging, relativePath), content, content.length);
    }

    /** Writes the first {@code length} bytes of {@code content}, or keeps the previous build's file of the same bytes. */
    private void write(String relativePath, String key, Path target, byte[] content, int length) {
        MessageDigest sha = Sha256.digest();
        sha.update(content, 0, length);
        String hash = Sha256.hex(sha);
        if (written.putIfAbsent(relativePath, Manifest.entry(hash, key)) != null) {
            throw new OutputException("two pages want the same file " + relativePath);
        }
        try {
            createFolder(target.getParent());
            if (!reuseUnchanged(relativePath, hash, length, target)) {
                try (OutputStream out = Files.newOutputStream(target)) {
                    out.write(content, 0, length);
                }
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + output.resolve(relativePath) + ": " + describe(e), e);
        }
    }

    private void createFolder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /**
     * A file the previous build wrote with the same bytes is linked into the new site instead of being
     * written again: an unchanged page keeps its file (and its modification time).
     */
    private boolean reuseUnchanged(String relativePath, String hash, long size, Path target) {
        if (!hash.equals(previousManifest.hash(relativePath))) {
            return false;
        }
        Path old = output.resolve(relativePath);
        try {
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != size) {
                return false;
            }
            Files.createLink(target, old);
            reused.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException noHardLink) {
            return false;
        }
    }

    /** True when the output folder holds a complete site built from inputs with this fingerprint. */
    public boolean isUpToDate(String inputs) {
        Manifest manifest = previousManifest;
        if (inputs.isEmpty() || !inputs.equals(manifest.inputs()) || manifest.entries().isEmpty()) {
            return false;
        }
        for (String path : manifest.entries().keySet()) {
            if (!Files.isRegularFile(output.resolve(path))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a file whose bytes the given writer produces. A file of up to {@link #IN_MEMORY} bytes is held, so
     * that an unchanged one is recognised by its hash and kept; a larger one (a large export) is streamed to disk
     * as it is produced, never held whole.
     */
    public void write(String relativePath, ContentWriter content) {
        write(relativePath, null, content);
    }

    /**
     * Writes a file as {@link #write(String, ContentWriter)} does, unless the previous build made the file from
     * inputs with the same key: then its file is kept and the writer is not called. Returns whether the writer
     * was called.
     *
     * @param key the key of what the file is made from, or null when there is none
     */
    public boolean write(String relativePath, String key, ContentWriter content) {
        if (finished) {
            throw new IllegalStateException("site already committed or abandoned");
        }
        Path target = OutputPaths.resolveInside(staging, relativePath);
        if (key != null && key.equals(previousManifest.key(relativePath)) && keep(relativePath, key, target)) {
            return false;
        }
        SpillingStream out = new SpillingStream(target);
        try {
            try (out) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + output.resolve(relativePath) + ": " + describe(e), e);
        }
        if (out.held()) {
            write(relativePath, key, target, out.buffer, out.count);
        } else if (written.putIfAbsent(relativePath, Manifest.entry(out.hash(), key)) != null) {
            throw new OutputException("two pages want the same file " + relativePath);
        }
        return true;
    }

    /** Links the previous build's file into the new site, with its hash and key; false when it cannot be kept. */
    private boolean keep(String relativePath, String key, Path target) {
        Path old = output.resolve(relativePath);
        if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (written.putIfAbsent(relativePath, Manifest.entry(previousManifest.hash(relativePath), key)) != null) {
            throw new OutputException("two pages want the same file " + relativePath);
        }
        try {
            createFolder(target.getParent());
            Files.createLink(target, old);
            reused.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException noHardLink) {
            written.remove(relativePath);
            return false;
        }
    }

    /** Files up to this size are held in memory while they are made. */
    static final int IN_MEMORY = 4 << 20;

    /** Holds what is written until it passes {@link #IN_MEMORY} bytes, then streams it to its file, hashing it. */
    private final class SpillingStream extends OutputStream {
        private final Path target;
        private byte[] buffer = new byte[8192];
        private int count;
        private MessageDigest sha;
        private OutputStream file;

        SpillingStream(Path target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            if (file == null && count < buffer.length) {
                buffer[count++] = (byte) b; // writers that write a byte at a time (StAX's) are common
                return;
            }
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (file == null && count + len > IN_MEMORY) {
                createFolder(target.getParent());
                sha = Sha256.digest();
                file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), sha);
                file.write(buffer, 0, count);
                buffer = null;
            }
            if (file != null) {
                file.write(b, off, len);
                return;
            }
            if (count + len > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(IN_MEMORY, Math.max(buffer.length * 2, count + len)));
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }

        boolean held() {
            return file == null;
        }

        String hash() {
            return Sha256.hex(sha);
        }
    }

    /** Produces a file's bytes on the stream it is given. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The number of files written so far. */
    public int writtenCount() {
        return written.size();
    }

    /** Makes the new site the current one. */
    public Commit commit() {
        return commit("");
    }

    /** Makes the new site the current one, remembering the fingerprint of the inputs it was built from. */
    public Commit commit(String inputs) {
        return commit(inputs, List.of());
    }

    /** The files the current site was built from, as its build recorded them. */
    public List<InputStamp> previousStamps() {
        return previousManifest.stamps();
    }

    /**
     * Makes the new site the current one, remembering the fingerprint of the inputs it was built from and how each
     * input file looked when it was read.
     */
    public Commit commit(String inputs, List<InputStamp> stamps) {
        Manifest old = previousManifest;
        List<String> kept = new ArrayList<>();
        int removed = 0;
        if (Files.isDirectory(output)) {
            for (String path : filesUnder(output)) {
                if (path.equals(Manifest.FILE_NAME)) {
                    continue;
                }
                if (old.contains(path)) {
                    if (!written.containsKey(path)) {
                        removed++;
                    }
                    continue;
                }
                if (written.containsKey(path)) {
                    throw new OutputException(output.resolve(path) + " was not written by Paper Digest and the new site"
                            + " needs that path; move the file away or choose another outputName");
                }
                carryOver(path);
                kept.add(path);
            }
        }
        Manifest manifest = new Manifest(written, inputs, stamps);
        try {
            Files.createDirectories(staging);
            Files.write(staging.resolve(Manifest.FILE_NAME), manifest.toBytes());
            if (Files.exists(output)) {
                move(output, previous);
                move(staging, output);
                deleteTree(previous);
            } else {
                Files.createDirectories(output.getParent());
                move(staging, output);
            }
        } catch (IOException e) {
            throw new OutputException("cannot put the new site in place at " + output + ": " + describe(e), e);
        }
        finished = true;
        return new Commit(written.size(), reused.get(), List.copyOf(kept), removed);
    }

    /**
     * What a commit did: files in the new site, of which {@code unchanged} were the previous build's files
     * kept as they were; files of others kept; files of an earlier build removed.
     */
    public record Commit(int written, int unchanged, List<String> keptUserFiles, int removed) {
    }

    /** Abandons the new site if it was not committed; the current site stays as it was. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new OutputException("cannot remove the unfinished site at " + staging + ": " + describe(e), e);
            }
        }
    }

    private void recover() {
        try {
            if (!Files.exists(output) && Files.isDirectory(previous)) {
                move(previous, output); // killed between the two renames of a commit
            }
            deleteTree(previous);
            deleteTree(staging);
        } catch (IOException e) {
            throw new OutputException("cannot clean up after an interrupted build near " + output + ": " + describe(e), e);
        }
    }

    private void carryOver(String path) {
        Path from = output.resolve(path);
        Path to = OutputPaths.resolveInside(staging, path);
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new OutputException("cannot keep " + from + " in the new site: " + describe(e), e);
        }
    }

    private static List<String> filesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new OutputException("cannot list " + root + ": " + describe(e), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }


    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return switch (type) {
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemException" -> e.getMessage();
            case "NoSuchFileException" -> "no such file or folder: " + e.getMessage();
            case "FileAlreadyExistsException" -> "a file is in the way: " + e.getMessage();
            default -> e.getMessage() == null ? type : e.getMessage();
        };
    }
}
