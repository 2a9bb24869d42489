package io.github.paperdigest.output;

import io.github.paperdigest.files.FolderEntry;
import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.Digests;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Writes a site beside the current one and swaps it in only when complete, so that a failed or killed
 * build never leaves a half-written site. Whatever is in the output folder that the plugin did not write
 * (anything its {@link Manifest} does not list: files, folders, empty ones too, links, pipes) is carried
 * over to the new site as it is; only the plugin's own files are ever replaced or removed.
 *
 * <p>Layout, for an output folder {@code site/papers}: the new site is built in a staging folder of this build's own,
 * {@code site/.papers.staging-} and sixteen hexadecimal digits; at commit the current site is renamed to
 * {@code site/.papers.previous}, the staging folder to {@code site/papers}, and the previous site is retired: the
 * plugin's files in it are deleted, and anything else that is not already in the new site is moved there. A build
 * killed between the two renames is repaired by the next one. All of this happens under an {@link OutputLock}.
 */
public final class StagedSite implements AutoCloseable {

    private static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);
    /**
     * What a staging folder's name holds after the output folder's: each build stages in a folder of its own, so that a
     * build that lost its lock (its lock file deleted while it ran) cannot write into the folder of the build that
     * holds the lock now. {@code .papers.staging} alone is the name builds used before.
     */
    private static final String STAGING = "staging";
    private static final Pattern STAGING_SUFFIX = Pattern.compile("(?:-[0-9a-f]{16})?");
    /** How the plugin's pages, feeds, export and search index name their maker, near their start. */
    private static final Pattern PLUGIN_MARK = Pattern.compile("generator[\"' :=>a-z]{0,24}Paper Digest"
            + "|^\\(?window\\.paperDigest(?:SearchIndex|SearchPostings|SearchTitles|Papers)\\b");

    private final OutputLock lock;
    private final boolean ownsLock;
    private final Consumer<String> warn;
    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    /** The bytes of the plugin's files in the new site, made or kept. */
    private final AtomicLong bytes = new AtomicLong();
    /** Folders of the new site made so far: most files go into a few folders. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The plugin's files in the current site; null when its manifest is missing or damaged. */
    private Manifest previousManifest = Manifest.empty();
    /** When the current site's manifest was written: a file of it changed since is not kept by its key. */
    private FileTime previousBuilt;
    private boolean finished;

    private StagedSite(OutputLock lock, boolean ownsLock, Consumer<String> warn) {
        this.lock = lock;
        this.ownsLock = ownsLock;
        this.warn = warn;
        this.output = lock.output();
        this.staging = FilesBeside.of(output, STAGING + "-" + HexFormat.of().toHexDigits(new SecureRandom().nextLong()));
        this.previous = FilesBeside.of(output, "previous");
    }

    /** Starts a new site for the output folder, taking its lock until the site is committed or abandoned. */
    public static StagedSite begin(Path outputDir) {
        OutputLock lock = OutputLock.acquire(outputDir, DEFAULT_LOCK_TIMEOUT, message -> { });
        try {
            return begin(lock, message -> { }, true);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Starts a new site for the output folder whose lock the caller holds, repairing what an interrupted build
     * left, and reads the manifest of the current site (once: the up-to-date check and the reuse of unchanged
     * files both use it). The staging folder is made when the first file is written, so that a build that stops
     * before writing leaves nothing.
     *
     * @param warn told what the build did not expect but could deal with (a damaged manifest, a previous site
     *             it could not remove)
     */
    public static StagedSite begin(OutputLock lock, Consumer<String> warn) {
        return begin(lock, warn, false);
    }

    private static StagedSite begin(OutputLock lock, Consumer<String> warn, boolean ownsLock) {
        if (!lock.isHeld()) {
            throw new IllegalStateException("the output lock of " + lock.output() + " is not held");
        }
        StagedSite site = new StagedSite(lock, ownsLock, warn);
        site.checkTheOutputIsAFolder();
        site.recover();
        site.previousManifest = site.readManifest();
        site.previousBuilt = site.previousManifest == null ? null : site.manifestTime();
        return site;
    }

    /**
     * The plugin's files in the current site, as its manifest lists them, in path order: what a build that replaces
     * it would stop publishing is told from them. Empty when the site's manifest is missing or damaged.
     */
    public Optional<Set<String>> previousFiles() {
        Manifest manifest = previousManifest;
        return manifest == null ? Optional.empty() : Optional.of(Collections.unmodifiableSet(manifest.entries().keySet()));
    }

    /** Writes one file of the new site. Safe to call from several threads for different paths. */
    public void write(String relativePath, byte[] content) {
        if (finished) {
            throw new IllegalStateException("site already committed or abandoned");
        }
        write(relativePath, null, OutputPaths.resolveInside(staging, relativePath), content, 0, content.length);
    }

    /** Writes {@code length} bytes of {@code content} from {@code offset}, or keeps the previous build's file of the same bytes. */
    private void write(String relativePath, String key, Path target, byte[] content, int offset, int length) {
        MessageDigest hasher = ContentHash.digest();
        hasher.update(content, offset, length);
        String hash = Digests.hex(hasher);
        if (written.putIfAbsent(relativePath, Manifest.entry(hash, key)) != null) {
            throw new OutputException("two pages want the same file " + relativePath);
        }
        bytes.addAndGet(length);
        try {
            createFolder(target.getParent());
            if (!reuseUnchanged(relativePath, hash, content, offset, length, target)) {
                try (OutputStream out = Files.newOutputStream(target)) {
                    out.write(content, offset, length);
                }
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + output.resolve(relativePath) + ": " + describe(e), e, staging);
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
     * written again: an unchanged page keeps its file (and its modification time). The file's bytes are
     * compared, not only its size and the manifest's hash: a file edited in place since is written anew.
     */
    private boolean reuseUnchanged(String relativePath, String hash, byte[] content, int offset, int length, Path target) {
        if (previousManifest == null || !hash.equals(previousManifest.hash(relativePath))) {
            return false;
        }
        Path old = output.resolve(relativePath);
        try {
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != length
                    || Arrays.mismatch(Files.readAllBytes(old), 0, length, content, offset, offset + length) != -1) {
                return false;
            }
            Files.createLink(target, old);
            reused.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException noHardLink) {
            return false;
        }
    }

    /**
     * True when the output folder holds a complete site built from inputs with this fingerprint, none of
     * whose files was changed since: each is still a file, older than the manifest written with it (or as old,
     * and then with the bytes the manifest says).
     */
    public boolean isUpToDate(String inputs) {
        Manifest manifest = previousManifest;
        if (manifest == null || inputs.isEmpty() || !inputs.equals(manifest.inputs()) || manifest.entries().isEmpty()) {
            return false;
        }
        try {
            FileTime built = Files.getLastModifiedTime(output.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
            for (String path : manifest.entries().keySet()) {
                BasicFileAttributes file = Files.readAttributes(output.resolve(path), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!file.isRegularFile()) {
                    return false;
                }
                int age = file.lastModifiedTime().compareTo(built);
                // the clock that stamps files ticks every few milliseconds: a file of the same tick as the manifest
                // may have been changed just after it, and is checked by its bytes
                if (age > 0 || age == 0 && !manifest.hash(path).equals(ContentHash.hex(Files.readAllBytes(output.resolve(path))))) {
                    return false;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    /**
     * How many files the previous build wrote whose path starts with {@code prefix} ("paper/") and ends with
     * {@code suffix} (".html"), by its manifest: 0 when the output folder holds no site of the plugin's.
     */
    public static int previousFilesUnder(Path outputDir, String prefix, String suffix) {
        if (!(Manifest.read(outputDir.toAbsolutePath().normalize()) instanceof Manifest.Found found)) {
            return 0;
        }
        return (int) found.manifest().entries().keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.endsWith(suffix)).count();
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
        if (key != null && previousManifest != null && key.equals(previousManifest.key(relativePath))
                && keep(relativePath, key, target)) {
            return false;
        }
        ByteBuffer whole = content.bytes();
        if (whole != null) {
            write(relativePath, key, target, whole.array(), whole.arrayOffset() + whole.position(), whole.remaining());
            return true;
        }
        SpillingStream out = new SpillingStream(target);
        try {
            try (out) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + output.resolve(relativePath) + ": " + describe(e), e, staging);
        }
        if (out.held()) {
            write(relativePath, key, target, out.buffer, 0, out.count);
        } else if (written.putIfAbsent(relativePath, Manifest.entry(out.hash(), key)) != null) {
            throw new OutputException("two pages want the same file " + relativePath);
        } else {
            bytes.addAndGet(out.total);
        }
        return true;
    }

    /**
     * Links the previous build's file into the new site, with its hash and key; false when it cannot be kept. A
     * file is kept only while it is older than the manifest written with it (a kept file keeps its time): one
     * edited in place since is made again, as {@link #isUpToDate} tells.
     */
    private boolean keep(String relativePath, String key, Path target) {
        Path old = output.resolve(relativePath);
        long size;
        try {
            BasicFileAttributes file = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!file.isRegularFile() || previousBuilt == null || file.lastModifiedTime().compareTo(previousBuilt) >= 0) {
                return false;
            }
            size = file.size();
        } catch (IOException e) {
            return false;
        }
        if (written.putIfAbsent(relativePath, Manifest.entry(previousManifest.hash(relativePath), key)) != null) {
            throw new OutputException("two pages want the same file " + relativePath);
        }
        try {
            createFolder(target.getParent());
            Files.createLink(target, old);
            reused.incrementAndGet();
            bytes.addAndGet(size);
            return true;
        } catch (IOException | UnsupportedOperationException noHardLink) {
            written.remove(relativePath);
            return false;
        }
    }

    private FileTime manifestTime() {
        try {
            return Files.getLastModifiedTime(output.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Files up to this size are held in memory while they are made. */
    static final int IN_MEMORY = 4 << 20;

    /** Holds what is written until it passes {@link #IN_MEMORY} bytes, then streams it to its file, hashing it. */
    private final class SpillingStream extends OutputStream {
        private final Path target;
        // made at the first write, at least as large as it: a page arrives whole, in one write, and is copied once
        private byte[] buffer = new byte[0];
        private int count;
        private MessageDigest hasher;
        private OutputStream file;
        /** Bytes written in all, held or streamed. */
        private long total;

        SpillingStream(Path target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            if (file == null && count < buffer.length) {
                buffer[count++] = (byte) b; // writers that write a byte at a time are common
                total++;
                return;
            }
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            total += len;
            if (file == null && count + len > IN_MEMORY) {
                createFolder(target.getParent());
                hasher = ContentHash.digest();
                file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), hasher);
                file.write(buffer, 0, count);
                buffer = null;
            }
            if (file != null) {
                file.write(b, off, len);
                return;
            }
            if (count + len > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(IN_MEMORY, Math.max(8192, Math.max(buffer.length * 2, count + len))));
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
            return Digests.hex(hasher);
        }
    }

    /** Produces a file's bytes on the stream it is given. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;

        /** The bytes, when the writer makes them whole at once ({@link #whole}); null when it writes them to the stream. */
        default ByteBuffer bytes() {
            return null;
        }

        /**
         * A file whose bytes are made whole at once, as a page's are: the site reads them where they are, before its
         * {@code write} returns, rather than copying them into a buffer of its own.
         */
        static ContentWriter whole(Supplier<ByteBuffer> bytes) {
            return new ContentWriter() {
                @Override
                public void writeTo(OutputStream out) throws IOException {
                    ByteBuffer made = bytes();
                    out.write(made.array(), made.arrayOffset() + made.position(), made.remaining());
                }

                @Override
                public ByteBuffer bytes() {
                    return bytes.get();
                }
            };
        }
    }

    /** The number of files written so far. */
    public int writtenCount() {
        return written.size();
    }

    /** Makes the new site the current one. */
    public Commit commit() {
        return commit("");
    }

    /**
     * Makes the new site the current one, remembering the fingerprint of the inputs it was built from. Once the
     * new site is in place the build has succeeded: what goes wrong afterwards (removing the previous site) is
     * told as a warning.
     */
    public Commit commit(String inputs) {
        return commit(inputs, null);
    }

    /** The input files as the last build read them (see {@link InputStampFile}); none when that is not known. */
    public List<InputStamp> previousStamps() {
        return new InputStampFile(output).read();
    }

    /**
     * Records the input files as a build that found the site up to date read them, when they differ from
     * {@code previous}, the stamps the check was given (a file read again because its time changed, one settled since):
     * a digest touched but not changed is then known by its new time, and later builds neither read it again nor guess
     * the site out of date ({@code EngineProcess}). Beside the site, not in it: the site and its manifest stay as they
     * were, and a build that finds nothing new writes nothing at all.
     */
    public void restamp(List<InputStamp> previous, List<InputStamp> stamps) {
        if (!stamps.equals(previous)) {
            new InputStampFile(output).write(stamps, warn);
        }
    }

    /**
     * The warnings of the build that made the current site from inputs with this fingerprint (see {@link WarningsFile}),
     * to be told again by a build that finds it up to date; none when that build warned of nothing, or is not known.
     */
    public Warned lastBuildsWarnings(String inputs) {
        return new WarningsFile(output).read(inputs);
    }

    /**
     * Keeps the warnings of the build that made the committed site from inputs with this fingerprint, for builds that
     * find it up to date (see {@link WarningsFile}).
     */
    public void keepWarnings(String inputs, List<String> warnings) {
        if (!finished) {
            throw new IllegalStateException("the warnings of a site are kept once it is committed");
        }
        new WarningsFile(output).write(inputs, warnings, warn);
    }

    /**
     * The warnings a build gave, as kept for the next: the first {@link WarningsFile#KEPT} of them, and how many more
     * there were.
     */
    public record Warned(List<String> warnings, int more) {

        public static final Warned NOTHING = new Warned(List.of(), 0);

        public Warned {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Makes the new site the current one, as {@link #commit(String)} does, and records how each input file looked
     * when it was read, beside the site (see {@link InputStampFile}); null: nothing is recorded.
     */
    public Commit commit(String inputs, List<InputStamp> stamps) {
        if (finished) {
            throw new IllegalStateException("site already committed or abandoned");
        }
        checkTheLockIsStillTheFoldersLock();
        Carried carried = carryOverWhatIsNotThePlugins();
        Manifest manifest = new Manifest(written, inputs);
        try {
            Files.createDirectories(staging);
            Files.write(staging.resolve(Manifest.FILE_NAME), manifest.toBytes());
        } catch (IOException e) {
            throw new OutputException("cannot write " + staging.resolve(Manifest.FILE_NAME) + ": " + describe(e), e, staging);
        }
        keepFolderPermissions(carried.folders());
        checkTheLockIsStillTheFoldersLock();
        swap();
        finished = true;
        if (stamps != null) {
            new InputStampFile(output).write(stamps, warn);
        }
        Set<String> plugins = new HashSet<>(carried.replaced());
        if (previousManifest != null) {
            plugins.addAll(previousManifest.entries().keySet());
        }
        try {
            List<String> left = retire(previous, plugins);
            if (!left.isEmpty()) {
                warn.accept("The new site is in place at " + output + ", but " + previous + " still holds " + describeLeft(left)
                        + ", which Paper Digest did not write and could not put back into the site: move them where"
                        + " you want them, then delete " + previous);
            }
        } catch (IOException | RuntimeException e) {
            warn.accept("The new site is in place at " + output + ", but the previous site could not be removed from "
                    + previous + ": " + (e instanceof IOException io ? describe(io) : e.getMessage())
                    + ". Delete it by hand; the next build tries again");
        }
        if (ownsLock) {
            lock.close();
        }
        return new Commit(written.size(), reused.get(), List.copyOf(carried.kept()), carried.removed(), bytes.get());
    }

    /**
     * Fails, touching nothing, when the lock file was deleted or replaced while this build ran: another build may hold
     * the lock file of that name now and be replacing the same site, and its recovery may be deleting this build's
     * staging folder, which the next build under the lock removes in any case. Asked before the current site's files
     * are carried over (no links or copies of them made for a site that will not be committed), and again just before
     * the site is replaced.
     */
    private void checkTheLockIsStillTheFoldersLock() {
        if (!lock.stillNamesTheLockedFile()) {
            finished = true;
            throw OutputException.raced("the lock file " + lock.lockFile() + " was deleted or replaced while this build ran"
                    + " (mvn clean?), and another build may be writing " + output + " now: this build left the site as"
                    + " it was. Build again once no other build runs");
        }
    }

    /**
     * What a commit did: files in the new site, of which {@code unchanged} were the previous build's files
     * kept as they were; things of others kept (a folder kept for itself, being empty, ends in '/'); files of
     * an earlier build removed; and the bytes of the plugin's files in the new site (the manifest aside).
     */
    public record Commit(int written, int unchanged, List<String> keptUserFiles, int removed, long bytes) {
    }

    /** What carrying the current site's contents over found: what was kept, what will go, what is replaced. */
    private record Carried(List<String> kept, int removed, Set<String> replaced, List<String> folders) {
    }

    private Carried carryOverWhatIsNotThePlugins() {
        List<String> kept = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        List<String> folders = new ArrayList<>();
        int removed = 0;
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return new Carried(kept, 0, replaced, folders);
        }
        List<FolderEntry> entries;
        try {
            entries = FolderWalker.entries(output);
        } catch (IOException e) {
            throw new OutputException("cannot list " + output + ": " + describe(e), e);
        }
        for (int i = 0; i < entries.size(); i++) {
            FolderEntry entry = entries.get(i);
            String path = entry.name();
            if (path.equals(Manifest.FILE_NAME)) {
                continue;
            }
            if (entry.kind() == FolderEntry.Kind.FILE && previousManifest != null && previousManifest.contains(path)) {
                removed += written.containsKey(path) ? 0 : 1;
                continue;
            }
            if (entry.kind() == FolderEntry.Kind.FILE && previousManifest == null && written.containsKey(path)
                    && provablyThePlugins(path, entry.path())) {
                replaced.add(path);
                continue;
            }
            if (entry.kind() == FolderEntry.Kind.FOLDER) {
                if (written.containsKey(path)) {
                    throw inTheWay(path, "a folder");
                }
                folders.add(path);
                boolean empty = i + 1 == entries.size() || !entries.get(i + 1).name().startsWith(path + "/");
                if (empty) {
                    carry(entry);
                    kept.add(path + "/");
                }
                continue;
            }
            if (Files.exists(staging.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                throw inTheWay(path, switch (entry.kind()) {
                    case LINK -> "a link";
                    case SPECIAL -> "a pipe, socket or device";
                    default -> "a file";
                });
            }
            carry(entry);
            kept.add(path);
        }
        if (previousManifest == null && !kept.isEmpty()) {
            warn.accept("Kept " + describeLeft(kept) + " in " + output + " that Paper Digest cannot tell from its own old"
                    + " files without a manifest: delete what you do not want");
        }
        return new Carried(kept, removed, replaced, folders);
    }

    /**
     * The folders of the current site, the site's own folder too, keep their permissions in the new one: a folder
     * its owner closed to others must not open to them because a build made it anew. Set last, deepest first, once
     * nothing more is written into them (a folder may be read-only).
     */
    private void keepFolderPermissions(List<String> folders) {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> deepestFirst = new ArrayList<>(folders);
        java.util.Collections.reverse(deepestFirst);
        deepestFirst.add("");
        for (String folder : deepestFirst) {
            Path from = folder.isEmpty() ? output : output.resolve(folder);
            Path to = folder.isEmpty() ? staging : staging.resolve(folder);
            if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
            } catch (UnsupportedOperationException notPosix) {
                return;
            } catch (IOException e) {
                throw new OutputException("cannot give " + to + " the permissions of " + from + ": " + describe(e)
                        + ". The site was not replaced", e);
            }
        }
    }

    private OutputException inTheWay(String path, String what) {
        return new OutputException(output.resolve(path) + " (" + what + ") was not written by Paper Digest and the new"
                + " site needs that path; move it away or choose another outputName");
    }

    /** Without a manifest, an old file is the plugin's only when it holds the new bytes, or says it is the plugin's. */
    private boolean provablyThePlugins(String path, Path file) {
        try {
            if (written.get(path).equals(ContentHash.hex(Files.readAllBytes(file)))) {
                return true;
            }
            try (InputStream in = Files.newInputStream(file)) {
                String head = new String(in.readNBytes(8192), StandardCharsets.ISO_8859_1);
                return PLUGIN_MARK.matcher(head).find();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Puts a thing of the user's into the new site as it is: hard-linked, copied, or a link made anew. */
    private void carry(FolderEntry entry) {
        Path from = entry.path();
        Path to = OutputPaths.resolveInside(staging, entry.name());
        try {
            if (entry.kind() == FolderEntry.Kind.FOLDER) {
                Files.createDirectories(to);
                return;
            }
            Files.createDirectories(to.getParent());
            switch (entry.kind()) {
                case LINK -> Files.createSymbolicLink(to, Files.readSymbolicLink(from));
                case SPECIAL -> Files.createLink(to, from);
                default -> {
                    try {
                        Files.createLink(to, from);
                    } catch (UnsupportedOperationException | IOException noHardLinks) {
                        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new OutputException("cannot keep " + from + " in the new site: " + (e instanceof IOException io
                    ? describe(io) : "the file system cannot make it") + ". Move it out of " + output, e);
        }
    }

    private void swap() {
        boolean hadSite = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        try {
            if (hadSite) {
                move(output, previous);
            } else {
                Files.createDirectories(output.getParent());
            }
        } catch (IOException e) {
            throw new OutputException("cannot put the new site in place at " + output + ": " + describe(e), e);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (hadSite) {
                try {
                    move(previous, output);
                } catch (IOException stillAside) {
                    // the next build moves it back before anything else
                }
            }
            throw new OutputException("cannot put the new site in place at " + output + ": " + describe(e), e);
        }
    }

    /** Abandons the new site if it was not committed; the current site stays as it was. */
    @Override
    public void close() {
        try {
            if (!finished) {
                finished = true;
                try {
                    deleteTree(staging);
                } catch (IOException e) {
                    throw new OutputException("cannot remove the unfinished site at " + staging + ": " + describe(e), e);
                }
            }
        } finally {
            if (ownsLock) {
                lock.close();
            }
        }
    }

    private void checkTheOutputIsAFolder() {
        if (Files.isSymbolicLink(output)) {
            throw new OutputException(output + " is a link: Paper Digest replaces its output folder as a whole and never"
                    + " writes through a link. Make it a plain folder, or choose another outputName");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(output + " is a file that Paper Digest did not write, and the site would take its"
                    + " place: move it away, or choose another outputName");
        }
    }

    /**
     * The staging folders beside an output folder: those builds that stopped before their commit left, or the one a
     * build is writing. Only names the plugin gives, so that nothing of anyone else's beside the site is taken for one.
     */
    static List<Path> stagingFolders(Path output) throws IOException {
        String prefix = FilesBeside.of(output, STAGING).getFileName().toString();
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        return FolderWalker.sortedChildren(parent).stream().filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && STAGING_SUFFIX.matcher(name.substring(prefix.length())).matches();
        }).toList();
    }

    /** Repairs what a build killed mid-way left: under the lock, no other build is using these folders. */
    private void recover() {
        try {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
                move(previous, output); // killed between the two renames of a commit
            }
            if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                retireLeftover();
            }
            for (Path left : stagingFolders(output)) {
                deleteTree(left);
            }
        } catch (IOException e) {
            throw new OutputException("cannot clean up after an interrupted build near " + output + ": " + describe(e), e);
        }
    }

    /**
     * A previous site that a build could not remove (killed after the swap, or denied): the plugin's files in it go;
     * anything else is put back into the site, or, where it cannot be, set aside under a name of its own with a
     * warning, so that this build can go on without deleting it.
     */
    private void retireLeftover() throws IOException {
        Set<String> plugins = Manifest.read(previous) instanceof Manifest.Found found
                ? found.manifest().entries().keySet() : Set.of();
        String why;
        try {
            List<String> left = retire(previous, plugins);
            if (left.isEmpty()) {
                return;
            }
            why = "holds " + describeLeft(left) + " that Paper Digest did not write and could not put back into " + output;
        } catch (IOException e) {
            why = "could not be removed (" + describe(e) + ")";
        }
        Path aside = previous;
        for (int n = 1; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = previous.resolveSibling(previous.getFileName() + "." + n);
        }
        move(previous, aside);
        warn.accept(previous + ", left by an earlier build, " + why + ". It is now " + aside + ": take what you want"
                + " from it, then delete it");
    }

    /** The current site's manifest; null (with a warning) when it is missing from a site, or damaged. */
    private Manifest readManifest() {
        Manifest.Reading reading = Manifest.read(output);
        if (reading instanceof Manifest.Found found) {
            return found.manifest();
        }
        if (reading instanceof Manifest.Damaged damaged) {
            warn.accept("The manifest " + output.resolve(Manifest.FILE_NAME) + " is damaged (" + damaged.reason() + "):"
                    + " Paper Digest keeps every file it cannot prove it wrote, and writes the manifest anew");
            return null;
        }
        if (isEmptyOrAbsent(output)) {
            return Manifest.empty();
        }
        warn.accept("The output folder " + output + " holds files but no manifest (" + Manifest.FILE_NAME + "): Paper"
                + " Digest keeps every file it cannot prove it wrote, and writes the manifest anew");
        return null;
    }

    private static boolean isEmptyOrAbsent(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return FolderWalker.isEmpty(folder);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Empties the previous site: deletes the plugin's files, and what the new site holds as well (a user's
     * file carried over is the same file there); moves anything else into the new site where its place is
     * free. Returns what is left, which is never deleted.
     */
    private List<String> retire(Path folder, Set<String> plugins) throws IOException {
        if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder)) {
            Files.deleteIfExists(folder);
            return List.of();
        }
        List<FolderEntry> entries = new ArrayList<>(FolderWalker.entries(folder));
        java.util.Collections.reverse(entries); // what a folder holds before the folder
        List<String> left = new ArrayList<>();
        for (FolderEntry entry : entries) {
            if (entry.kind() == FolderEntry.Kind.FOLDER) {
                deleteIfEmpty(entry.path());
            } else if (entry.name().equals(Manifest.FILE_NAME) || plugins.contains(entry.name())
                    || alsoInTheSite(entry)) {
                delete(entry.path());
            } else if (!moveIntoTheSite(entry)) {
                left.add(entry.name());
            }
        }
        if (left.isEmpty()) {
            deleteIfEmpty(folder);
        }
        return left;
    }

    private boolean alsoInTheSite(FolderEntry entry) {
        Path there = output.resolve(entry.name());
        try {
            return switch (entry.kind()) {
                case LINK -> Files.isSymbolicLink(there) && Files.readSymbolicLink(there).equals(Files.readSymbolicLink(entry.path()));
                case FILE -> Files.isRegularFile(there, LinkOption.NOFOLLOW_LINKS)
                        && (Files.isSameFile(there, entry.path()) || Files.mismatch(there, entry.path()) == -1);
                default -> Files.exists(there, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(there)
                        && Files.isSameFile(there, entry.path());
            };
        } catch (IOException e) {
            return false;
        }
    }

    private boolean moveIntoTheSite(FolderEntry entry) {
        Path there = output.resolve(entry.name());
        if (Files.exists(there, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createDirectories(there.getParent());
            Files.move(entry.path(), there);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path path) throws IOException {
        try {
            Files.deleteIfExists(path);
        } catch (AccessDeniedException e) {
            // the previous site's folder may have been made read-only; it is the plugin's to remove
            if (!makeWritable(path.getParent())) {
                throw e;
            }
            Files.deleteIfExists(path);
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            delete(folder);
        } catch (DirectoryNotEmptyException e) {
            // it holds something that is left: never deleted
        }
    }

    private static boolean makeWritable(Path folder) {
        try {
            Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS));
            permissions.add(PosixFilePermission.OWNER_WRITE);
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            Files.setPosixFilePermissions(folder, permissions);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String describeLeft(List<String> paths) {
        int n = paths.size();
        String some = String.join(", ", paths.subList(0, Math.min(5, n))) + (n > 5 ? " and " + (n - 5) + " more" : "");
        return Counted.of(n, "thing") + " (" + some + ")";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder of the plugin's own (a staging folder) and all it holds; a link is removed, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            List<FolderEntry> entries = new ArrayList<>(FolderWalker.entries(root));
            java.util.Collections.reverse(entries);
            for (FolderEntry entry : entries) {
                delete(entry.path());
            }
        }
        delete(root);
    }

    private static String describe(IOException e) {
        return IoMessages.describe(e);
    }
}
