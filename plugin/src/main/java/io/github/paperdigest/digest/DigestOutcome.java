package io.github.paperdigest.digest;

import io.github.paperdigest.model.DigestFile;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;

/**
 * What reading one digest file gave, kept until it can be told in file order: its papers, the problems and
 * notices its reader told (in the order told), the warnings about the file as a whole, and the line for the debug
 * log. Whether made by reading the file or recalled from the memo of an earlier build, it is told the same way.
 */
final class DigestOutcome implements DigestProblems {

    /** A problem (skips an entry) or a notice (only a warning), as it was told while the file was read. */
    record Told(DigestException what, boolean problem) {
    }

    static final int DEBUG_LINES = 20;

    private final boolean strict;
    final List<Told> told = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    DigestFile digest;
    /**
     * The file's name, when it is a note of a vault that holds no paper (a person's, a topic's): counted with the
     * others in one warning ({@link DigestFolder#read}) rather than warned of alone.
     */
    String noteWithoutPapers;
    /** Why the file could not be read at all: strict, it fails the build; lenient, the file is left out. */
    DigestException failure;
    String debug;
    /**
     * What the reader said for the debug log, each line naming its file and line; the first {@link #DEBUG_LINES}
     * only, so that an archive of thousands of papers keeps no thousands of lines in its memo.
     */
    final List<String> readerDebug = new ArrayList<>();
    int readerDebugLeftOut;
    /**
     * False when the file changed while it was read (what was read then matches no hash of the file), or when
     * reading it met an I/O error.
     */
    boolean keepable = true;

    DigestOutcome(boolean strict) {
        this.strict = strict;
    }

    /**
     * Kept, in either mode, and the reader goes on past the entry, as a lenient build does: a strict build then names
     * every problem of every digest at once ({@link DigestFolder#read}), not one a build.
     */
    @Override
    public void report(DigestException problem) {
        keepable &= !metIoError(problem);
        told.add(new Told(problem, true));
    }

    @Override
    public void warn(DigestException notice) {
        keepable &= !metIoError(notice);
        told.add(new Told(notice, false));
    }

    /**
     * Whether reading the file failed, not its content: the bytes may read well next time, so what this reading
     * gave is not kept for them.
     */
    private static boolean metIoError(Throwable problem) {
        for (Throwable cause = problem.getCause(); cause != null; cause = cause.getCause()) {
            if (isIoFailure(cause) || cause instanceof XMLStreamException xml && isIoFailure(xml.getNestedException())) {
                return true;
            }
        }
        return false;
    }

    /** An I/O error, but not bytes that are no text in their encoding: those read the same way every time. */
    private static boolean isIoFailure(Throwable t) {
        return (t instanceof IOException || t instanceof UncheckedIOException)
                && !(t instanceof CharConversionException || t instanceof CharacterCodingException);
    }

    @Override
    public void debug(String sourceName, int line, String message) {
        if (readerDebug.size() < DEBUG_LINES) {
            readerDebug.add(new DigestException(sourceName, line, message).getMessage());
        } else {
            readerDebugLeftOut++;
        }
    }

    @Override
    public boolean stopsOnProblem() {
        return strict;
    }

    Optional<DigestFile> digest() {
        return Optional.ofNullable(digest);
    }

    /** Whether a later build may take this outcome instead of reading the same bytes again. */
    boolean canBeKept() {
        return keepable && failure == null;
    }

    void replay(DigestProblems to, Consumer<String> warn, Consumer<String> debugLog) {
        if (debug != null) {
            debugLog.accept(debug);
        }
        readerDebug.forEach(debugLog);
        if (readerDebugLeftOut > 0) {
            debugLog.accept("  and " + readerDebugLeftOut + " more such lines of the same file");
        }
        for (Told t : told) {
            if (t.problem()) {
                to.report(t.what());
            } else {
                to.warn(t.what());
            }
        }
        notes.forEach(warn);
        if (failure != null) {
            to.report(failure);
        }
    }
}
