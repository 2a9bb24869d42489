package io.github.paperdigest.engine;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The engine in a JVM of its own, started by {@link EngineProcess}: reads one build's settings from the first line of
 * its input, builds the site, and writes its log and its outcome as {@link EngineProtocol} lines. It ends when the
 * JVM that started it does (its input closes), so that an interrupted Maven leaves no build running behind it.
 */
public final class EngineMain {

    /** The exit code when the starting JVM went away before the build was over. */
    static final int STARTER_GONE = 3;
    private static final long STARTER_GRACE_MILLIS = 2_000;

    private EngineMain() {
    }

    public static void main(String[] args) throws IOException {
        EngineProtocol protocol = new EngineProtocol();
        // the protocol's lines go to the real standard output; anything a library prints goes to the error stream,
        // which the starting JVM shows as warnings
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // made before the request comes, while the starting JVM may still be checking whether the site is up to date:
        // the builder's parts (the digests' readers, the taxonomy's parser and their libraries) take a few hundred
        // milliseconds to load on a JVM just started
        ProtocolLog log = new ProtocolLog(protocol, out);
        SiteBuilder builder = null;
        Throwable notMade = null;
        try {
            builder = new SiteBuilder(log);
        } catch (RuntimeException | Error e) {
            // said as the build's outcome once the request comes, as a fault in the build would be
            notMade = e;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            System.err.println("Paper Digest's engine was started without a request; it is started by the plugin");
            System.exit(2);
        }
        AtomicBoolean over = new AtomicBoolean();
        Thread watch = watchForTheStarterToEnd(in, over);
        EngineProtocol.Request request = protocol.readRequest(line);
        log.debugWanted = request.debug();
        int exit = notMade == null ? run(builder, protocol, request.config(), out, over)
                : faulted(protocol, notMade, out, over);
        // the starter closes the input once it has the outcome; a thread still blocked reading it would hold the JVM's
        // exit up for 300 ms
        try {
            watch.join(STARTER_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(exit);
    }

    /** 0 when the site was built (or up to date), 1 when the build failed; the outcome is on {@code out}. */
    static int run(SiteBuilder builder, EngineProtocol protocol, BuildConfig config, PrintStream out,
            AtomicBoolean over) {
        String outcome;
        int exit = 1;
        try {
            outcome = protocol.finished(builder.build(config));
            exit = 0;
        } catch (PaperDigestException e) {
            outcome = protocol.failed(EngineProtocol.Failed.of(e));
        } catch (OutOfMemoryError e) {
            // the heap is a setting: the user's to raise, not the plugin's fault
            outcome = protocol.failed(new EngineProtocol.Failed(true, "the engine ran out of memory (" + e.getMessage()
                    + "): give it a larger heap, such as -DpaperDigest.jvmArgs=-Xmx4g", Optional.empty(),
                    Optional.of(Setting.JVM_ARGS)));
        } catch (RuntimeException | Error e) {
            return faulted(protocol, e, out, over);
        }
        // over before it is said: the starter closes the input once it has the outcome
        over.set(true);
        emit(out, outcome);
        return exit;
    }

    /** Says that the build failed by a fault of the plugin (its stack trace to the error stream); 1. */
    private static int faulted(EngineProtocol protocol, Throwable e, PrintStream out, AtomicBoolean over) {
        e.printStackTrace(System.err);
        String outcome = protocol.failed(new EngineProtocol.Failed(false, e.toString(), Optional.empty(), Optional.empty()));
        over.set(true);
        emit(out, outcome);
        return 1;
    }

    private static void emit(PrintStream out, String line) {
        synchronized (out) {
            out.println(line);
        }
    }

    /**
     * Reads the input to its end, which comes when the starting JVM has the outcome or has gone; in the second case,
     * with the build not over, ends this JVM.
     */
    private static Thread watchForTheStarterToEnd(BufferedReader in, AtomicBoolean over) {
        Thread watch = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // nothing more is sent: the stream is held open only to tell that the starter is there
                }
            } catch (IOException e) {
                // the same as its end
            }
            if (!over.get()) {
                Runtime.getRuntime().halt(STARTER_GONE);
            }
        }, "paper-digest-starter-watch");
        watch.setDaemon(true);
        watch.start();
        return watch;
    }

    /** The engine's log as protocol lines; debug lines only when the starter shows them, which its request says. */
    private static final class ProtocolLog implements EngineProtocol.LineLog {
        private final EngineProtocol protocol;
        private final PrintStream out;
        volatile boolean debugWanted;

        ProtocolLog(EngineProtocol protocol, PrintStream out) {
            this.protocol = protocol;
            this.out = out;
        }

        @Override
        public void line(EngineProtocol.LogLine line) {
            if (debugWanted || line.level() != EngineProtocol.Level.DEBUG) {
                emit(out, protocol.log(line));
            }
        }
    }
}
