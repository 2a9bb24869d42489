package io.github.paperdigest.digest;

import io.github.paperdigest.files.FolderWalker;
import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.ContentHash;
import io.github.paperdigest.model.WrittenTags;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The digests of a project: every file under the digest folder that a reader handles, read in a fixed
 * order. Hidden files, the taxonomy file and the moved addresses ({@code moved.yml}) are not digests; other files no reader handles are named
 * in a warning, never silently skipped, and so are a taxonomy and a file of moved addresses that are not read (see
 * {@link #sources}). Which reader reads a file is decided by {@link DigestFormats};
 * the debug log says, for each file, which format and shape was recognised and how many papers it gave.
 * The folder is walked by a {@link FolderWalker}, under its rule for links.
 */
public final class DigestFolder {

    private static final Set<String> NOT_DIGESTS = Set.of("taxonomy.yml", "taxonomy.yaml");
    /** The taxonomy a build reads unless told another, at the folder's root. */
    private static final String DEFAULT_TAXONOMY = "taxonomy.yml";
    /**
     * The project's moved addresses (see {@code site.MovedAddresses}), at the folder's root beside the default
     * taxonomy: the addresses are made from the digests. Named here, with the folder's other files that are not
     * digests, for the build that reads it and for the listing that must not take it for a digest.
     */
    public static final String MOVED_ADDRESSES = "moved.yml";
    /** The names a file of moved addresses that is not read may have: in a sub-folder, or with YAML's longer extension. */
    private static final Set<String> MOVED_SPELLINGS = Set.of(MOVED_ADDRESSES, "moved.yaml");

    private final DigestFormats formats;
    private final Consumer<String> warn;
    private final Consumer<String> debug;
    private final long maxDigestBytes;
    private final DigestOutcomeBytes outcomes = new DigestOutcomeBytes(new HtmlSanitizer());

    public DigestFolder(DigestFormats formats, Consumer<String> warn, Consumer<String> debug) {
        this(formats, warn, debug, Runtime.getRuntime().maxMemory() / 2);
    }

    public DigestFolder(List<DigestReader> readers, Consumer<String> warn) {
        this(new DigestFormats(readers), warn, line -> { }, Runtime.getRuntime().maxMemory() / 2);
    }

    DigestFolder(List<DigestReader> readers, Consumer<String> warn, long maxDigestBytes) {
        this(new DigestFormats(readers), warn, line -> { }, maxDigestBytes);
    }

    DigestFolder(DigestFormats formats, Consumer<String> warn, Consumer<String> debug, long maxDigestBytes) {
        this.formats = formats;
        this.warn = warn;
        this.debug = debug;
        this.maxDigestBytes = maxDigestBytes;
    }

    /** The digest files found, in path order; an empty list when the folder does not exist. */
    public List<DigestSource> sources(Path folder) {
        return sources(folder, new FolderWalker(folder, false, true, warn));
    }

    /**
     * The digest files found by a build's walker, under the project's rule for links, the taxonomy being the default
     * one ({@code taxonomy.yml} at the folder's root).
     */
    public List<DigestSource> sources(Path folder, FolderWalker files) {
        return sources(folder, files, Optional.of(folder.resolve(DEFAULT_TAXONOMY)));
    }

    /**
     * The digest files found by a build's walker, under the project's rule for links. A file of moved addresses or a
     * taxonomy that is not read ({@code moved.yaml}, a {@code moved.yml} in a sub-folder, a {@code taxonomy.yaml}
     * beside no {@code taxonomy} setting that names it) is named in a warning that says where the one that is read
     * must be, rather than taken for a digest of an unknown format or left out without a word.
     *
     * @param taxonomy the taxonomy file the build reads, if any
     */
    public List<DigestSource> sources(Path folder, FolderWalker files, Optional<Path> taxonomy) {
        Path root = folder.toAbsolutePath().normalize();
        Optional<String> taxonomyName = taxonomy.map(t -> t.toAbsolutePath().normalize()).filter(t -> t.startsWith(root))
                .map(t -> root.relativize(t).toString().replace('\\', '/'));
        List<DigestSource> sources = new ArrayList<>();
        for (FoundFile f : files.files(folder)) {
            String own = f.name().substring(f.name().lastIndexOf('/') + 1);
            if (f.name().equals(MOVED_ADDRESSES) || NOT_DIGESTS.contains(own) && isRead(f, taxonomyName, taxonomy)) {
                continue;
            }
            if (MOVED_SPELLINGS.contains(own)) {
                warn.accept(f.name() + ": not read. The site's moved addresses are read from one file, "
                        + MOVED_ADDRESSES + " at the root of the digest folder (beside the default taxonomy.yml): "
                        + (f.name().contains("/") ? "move its lines there" : "rename it " + MOVED_ADDRESSES) + ".");
                continue;
            }
            if (NOT_DIGESTS.contains(own)) {
                String read = taxonomy.map(t -> "The taxonomy is read from one file, " + taxonomyName
                        .map(n -> n + " in the digest folder").orElse(t.toString())).orElse("No taxonomy file is set");
                warn.accept(f.name() + ": not read. " + read + " (the taxonomy parameter, by default "
                        + DEFAULT_TAXONOMY + " at the root of the digest folder): move its tags and hubs there, or name"
                        + " this file in the parameter.");
                continue;
            }
            sources.add(new DigestSource(f.name(), f.path()));
        }
        return List.copyOf(sources);
    }

    /** Whether a taxonomy file found is the one the build reads, by its name or, through a link, its file. */
    private static boolean isRead(FoundFile f, Optional<String> taxonomyName, Optional<Path> taxonomy) {
        if (taxonomyName.filter(f.name()::equals).isPresent()) {
            return true;
        }
        try {
            return taxonomy.isPresent() && Files.exists(taxonomy.get()) && Files.isSameFile(f.path(), taxonomy.get());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads every digest; files without papers are left out with a warning, and the paper notes of a folder are one
     * digest ({@link PaperNoteFolders}). Files are read on all cores;
     * what each says (warnings, problems, its papers) is then taken in file order, so that the log, the
     * first error and the site are the same however the threads ran.
     */
    public List<DigestFile> read(List<DigestSource> sources, DigestProblems problems) {
        return read(sources, problems, AnalysisMemo.none());
    }

    /**
     * Reads every digest as {@link #read(List, DigestProblems)} does, taking from {@code memo} what an earlier build
     * made of a file with the same name and bytes, read in the same mode: its papers, and what its reading told,
     * which is told again. A one-digest change then reads one digest.
     */
    public List<DigestFile> read(List<DigestSource> sources, DigestProblems problems, AnalysisMemo memo) {
        List<DigestOutcome> outcomes = IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> readOrRecall(sources.get(i), problems.stopsOnProblem(), memo))
                .toList();
        List<DigestException> stopping = new ArrayList<>();
        DigestProblems told = problems.stopsOnProblem() ? collecting(stopping, problems) : problems;
        List<DigestFile> digests = new ArrayList<>();
        List<String> notesWithoutPapers = new ArrayList<>();
        for (DigestOutcome outcome : outcomes) {
            outcome.replay(told, warn, debug);
            outcome.digest().ifPresent(digests::add);
            if (outcome.noteWithoutPapers != null) {
                notesWithoutPapers.add(outcome.noteWithoutPapers);
            }
        }
        notesWithoutPapers(notesWithoutPapers);
        if (!stopping.isEmpty()) {
            throw DigestException.all(stopping);
        }
        return PaperNoteFolders.gathered(digests);
    }

    /**
     * Says in one warning which notes of a vault gave no papers, named by the first, as every warning of a digest is;
     * each is named in the debug log.
     */
    private void notesWithoutPapers(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        names.forEach(name -> debug.accept(name + ": a note without papers; left out of the site"));
        List<String> others = names.subList(1, names.size());
        int shown = Math.min(2, others.size());
        String alike = others.isEmpty() ? "" : ", as " + (others.size() == 1 ? "is " : "are ") + others.size()
                + " more like it: " + String.join(", ", others.subList(0, shown))
                + (others.size() > shown ? " and " + (others.size() - shown) + " more (mvn -X names each)" : "");
        warn.accept(names.get(0) + ": a Markdown file without papers or web addresses, as a vault's notes of people,"
                + " topics or meetings are, is left out of the site" + alike + ". A paper's note gives its title and a"
                + " link, an arXiv id or a DOI");
    }

    /** Problems kept in {@code stopping}, to be told together; notices told to {@code problems} as they come. */
    private static DigestProblems collecting(List<DigestException> stopping, DigestProblems problems) {
        return new DigestProblems() {
            @Override
            public void report(DigestException problem) {
                stopping.add(problem);
            }

            @Override
            public void warn(DigestException notice) {
                problems.warn(notice);
            }

            @Override
            public boolean stopsOnProblem() {
                return true;
            }
        };
    }

    private DigestOutcome readOrRecall(DigestSource source, boolean strict, AnalysisMemo memo) {
        Optional<String> bytes = isWithinLimit(source) ? contentHash(source) : Optional.empty();
        if (bytes.isEmpty()) {
            return readOne(source, strict); // too large or unreadable: reading refuses it, naming the file and why
        }
        // the file's own name counts too: a digest that is a link reads by its target's extension and date
        String key = AnalysisMemo.key("digest reading", source.name(), source.path().getFileName().toString(),
                bytes.get(), strict ? "strict" : "lenient");
        return memo.recallOr(key, kept -> outcomes.decode(kept, strict), () -> {
            DigestOutcome read = readOne(source, strict);
            read.keepable &= contentHash(source).equals(bytes);
            return read;
        }, outcomes::encode);
    }

    /** The hash of the file's bytes, or empty when it cannot be read. */
    private static Optional<String> contentHash(DigestSource source) {
        try (InputStream in = Files.newInputStream(source.path())) {
            return Optional.of(ContentHash.hex(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private DigestOutcome readOne(DigestSource source, boolean strict) {
        DigestOutcome outcome = new DigestOutcome(strict);
        try {
            if (!fitsInMemory(source, outcome)) {
                return outcome;
            }
            Optional<DigestReader> reader = formats.readerFor(source);
            if (reader.isEmpty()) {
                String target = source.path().getFileName().toString();
                // a link reads by its target's extension: say so where the two names differ
                boolean link = !source.name().endsWith(target);
                List<String> shapes = formats.formatsTaking(source.extension());
                outcome.notes.add(source.name() + (link ? ", a link to " + target + ", whose name decides its format" : "")
                        + (shapes.isEmpty() ? ": not a digest format the plugin reads (" + formats.extensionList() + ")"
                                : ": holds none of the shapes the plugin reads from a ." + source.extension() + " file ("
                                        + String.join(", ", shapes) + ")") + "; ignored");
                return outcome;
            }
            DigestFile digest = reader.get().read(source, outcome);
            outcome.debug = source.name() + ": read as " + digest.format()
                    + (digest.shape().isEmpty() ? "" : " (" + digest.shape() + ")") + ", "
                    + Counted.of(digest.entries().size(), "paper");
            if (digest.entries().isEmpty() && isNoteOfAVault(source, digest, outcome)) {
                outcome.noteWithoutPapers = source.name();
            } else if (digest.entries().isEmpty()) {
                // a file whose problems were told (a syntax error, in a lenient build) is not also "without papers"
                if (outcome.told.stream().noneMatch(DigestOutcome.Told::problem)) {
                    outcome.notes.add(source.name() + ": no papers found; the file is left out of the site");
                }
            } else {
                keepIfPapers(digest, outcome);
            }
        } catch (DigestException unreadable) {
            outcome.failure = unreadable; // strict: fails the build; lenient: the file is left out
        } catch (UncheckedIOException e) {
            outcome.failure = new DigestException(source.name(), 0, "cannot be read: " + IoMessages.describe(e.getCause()), e);
        }
        return outcome;
    }

    /**
     * Keeps the digest's papers, unless nothing in the file shows them to be papers: then the file is most likely notes,
     * which a strict build stops on and a lenient one leaves out.
     */
    private static void keepIfPapers(DigestFile digest, DigestOutcome outcome) {
        PaperEvidence.lackingIn(digest).ifPresentOrElse(
                why -> outcome.report(digest.sourceName(), digest.entries().get(0).line(), why),
                () -> outcome.digest = withBoundedTags(digest, outcome));
    }

    /**
     * Whether a Markdown file that gave no papers is a note of a vault that is about no paper (a person, a topic, a
     * meeting): its reading said nothing, and it gives no web address at all, where a digest read the wrong way links
     * to its papers. Such notes sit beside paper notes in a vault, and a warning for each would bury the others.
     */
    private static boolean isNoteOfAVault(DigestSource source, DigestFile digest, DigestOutcome outcome) {
        if (!digest.format().equals("markdown") || !outcome.told.isEmpty()) {
            return false;
        }
        try {
            return !Files.readString(source.path()).contains("://");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * An entry with thousands of tags would put each of them on thousands of tag pages: beyond
     * {@link WrittenTags#MAX}, the first are kept and the entry is named.
     */
    private static DigestFile withBoundedTags(DigestFile digest, DigestProblems problems) {
        List<String> digestTags = digest.tags();
        if (digestTags.size() > WrittenTags.MAX) {
            problems.warn(digest.sourceName(), 1, tooManyTags("the digest gives every paper", digestTags.size()));
            digestTags = digestTags.subList(0, WrittenTags.MAX);
        }
        boolean entriesChange = digest.entries().stream().anyMatch(e -> e.tags().size() > WrittenTags.MAX);
        if (!entriesChange && digestTags == digest.tags()) {
            return digest;
        }
        List<PaperEntry> entries = new ArrayList<>(digest.entries().size());
        for (PaperEntry entry : digest.entries()) {
            if (entry.tags().size() > WrittenTags.MAX) {
                problems.warn(digest.sourceName(), entry.line(), tooManyTags("'" + abbreviated(entry.title()) + "' has",
                        entry.tags().size()));
                entry = entry.withTags(entry.tags().subList(0, WrittenTags.MAX));
            }
            entries.add(entry);
        }
        return new DigestFile(digest.sourceName(), digest.format(), digest.title(), digest.date(), digest.sourceUrl(),
                digest.introHtml(), digestTags, entries, digest.shape());
    }

    private static String tooManyTags(String who, int count) {
        return String.format(java.util.Locale.ROOT, "%s %,d tags; only the first %d are kept (a paper may have at most %d"
                + " written tags: keep the ones a reader would browse by)", who, count, WrittenTags.MAX, WrittenTags.MAX);
    }

    private static String abbreviated(String title) {
        return title.length() <= 80 ? title : title.substring(0, 77) + "...";
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
            throw new UncheckedIOException(e);
        }
        if (size <= maxDigestBytes) {
            return true;
        }
        problems.report(source.name(), 0, String.format(java.util.Locale.ROOT, "is %,d MB, more than half of the"
                + " memory the build may use (%,d MB): split it into several digests, or give Maven more memory"
                + " (MAVEN_OPTS=-Xmx...)", size >> 20, (maxDigestBytes * 2) >> 20));
        return false;
    }

    /** Whether the file is one {@link #fitsInMemory} lets through, asked without telling anyone. */
    private boolean isWithinLimit(DigestSource source) {
        try {
            return Files.size(source.path()) <= maxDigestBytes;
        } catch (IOException e) {
            return false;
        }
    }
}
