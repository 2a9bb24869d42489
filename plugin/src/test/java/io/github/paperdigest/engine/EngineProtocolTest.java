package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the two JVMs of a forked build say to each other arrives as it was said, one line a message. */
class EngineProtocolTest {

    private final EngineProtocol protocol = new EngineProtocol();

    @Test
    void everySettingOfABuildArrivesAsItWasSent() throws Exception {
        BuildConfig sent = BuildConfig.builder(Path.of("/p/digests"), Path.of("/p/target/site/papers"))
                .siteTitle("Our \"reading\" group\nof two lines")
                .baseUrl("https://example.org/papers/")
                .templateDirectory(Path.of("/p/theme"))
                .taxonomyFile(Path.of("/p/taxonomy.yml"))
                .strict(false)
                .timestamp(Instant.parse("2026-01-02T03:04:05Z"))
                .taxonomyReport(true)
                .similarity(BuildConfig.LEXICAL)
                .embeddingCache(Path.of("/cache"))
                .allowEmptySite(true)
                .projectSite("Project", "../index.html")
                .projectDirectory(Path.of("/p"))
                .allowExternalLinks(true)
                .lockTimeout(Duration.ofSeconds(7))
                .siteId("org.example:lab-papers")
                .publishedSite(Path.of("/published/papers"))
                .build();
        // the example sets every setting away from its default, so that one the protocol forgot cannot pass
        BuildConfig defaults = BuildConfig.builder(Path.of("/other/digests"), Path.of("/other/out")).build();
        for (RecordComponent c : BuildConfig.class.getRecordComponents()) {
            assertNotEquals(c.getAccessor().invoke(defaults), c.getAccessor().invoke(sent), c.getName() + " is at its default");
        }
        String line = protocol.request(new EngineProtocol.Request(sent, true));

        assertTrue(!line.contains("\n"), line);
        EngineProtocol.Request received = protocol.readRequest(line);
        assertEquals(sent, received.config());
        assertTrue(received.debug());
    }

    @Test
    void aResultArrivesWithEveryCountAndStepTime() {
        Map<BuildStep, Duration> steps = new EnumMap<>(BuildStep.class);
        steps.put(BuildStep.READ, Duration.ofNanos(1_234_567_891));
        steps.put(BuildStep.PUBLISH, Duration.ofMillis(2));
        BuildResult sent = new BuildResult(Path.of("/p/papers"), false, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, steps);

        EngineProtocol.Finished received = assertInstanceOf(EngineProtocol.Finished.class,
                protocol.message(protocol.finished(sent)));
        assertEquals(sent, received.result());
    }

    @Test
    void aUsersMistakeArrivesWithItsStepAndSettingAndAFaultAsAFault() {
        PaperDigestException mistake = new PaperDigestException("digests/a.md:3: no title\nadd one", null,
                Setting.DIGEST_DIRECTORY).inStep("reading the digests");
        EngineProtocol.Failed received = assertInstanceOf(EngineProtocol.Failed.class,
                protocol.message(protocol.failed(EngineProtocol.Failed.of(mistake))));
        PaperDigestException again = assertInstanceOf(PaperDigestException.class, received.toException());
        assertEquals(mistake.getMessage(), again.getMessage());
        assertEquals(Optional.of("reading the digests"), again.step());
        assertEquals(Optional.of(Setting.DIGEST_DIRECTORY), again.setting());

        EngineProtocol.Failed fault = assertInstanceOf(EngineProtocol.Failed.class, protocol.message(protocol.failed(
                new EngineProtocol.Failed(false, "java.lang.IllegalStateException: x", Optional.empty(), Optional.empty()))));
        assertInstanceOf(IllegalStateException.class, fault.toException());
    }

    @Test
    void logLinesKeepTheirLevelAndTheirLineBreaksAndStrayOutputIsNoMessage() {
        for (EngineProtocol.Level level : EngineProtocol.Level.values()) {
            EngineProtocol.LogLine line = new EngineProtocol.LogLine(level, "two\nlines");
            assertEquals(line, protocol.message(protocol.log(line)));
        }
        assertEquals(new EngineProtocol.LogLine(EngineProtocol.Level.INFO, "from a newer engine"),
                protocol.message("{\"log\": \"notice\", \"text\": \"from a newer engine\"}"));
        assertNull(protocol.message("[0.012s][warning][cds] something a JVM printed"));
        assertNull(protocol.message("{\"something\": \"else\"}"));
        assertNull(protocol.message("[1, 2]"));
        assertNull(protocol.message(""));
    }
}
