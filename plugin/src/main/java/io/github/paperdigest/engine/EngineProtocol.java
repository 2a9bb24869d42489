package io.github.paperdigest.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the build's JVM and the engine's own JVM ({@link EngineProcess}, {@link EngineMain}) say to each other, one JSON
 * object a line: the request (the settings of one build), then the engine's log lines, then its result or its
 * failure. Both sides read and write it here, so that the two cannot drift apart.
 */
final class EngineProtocol {

    private final ObjectMapper json = new ObjectMapper();

    /** One build's settings, and whether the engine's debug lines are wanted at all. */
    record Request(BuildConfig config, boolean debug) {
    }

    /** A line of the engine's output. */
    sealed interface Message permits LogLine, Finished, Failed {
    }

    /** The levels of {@link BuildLog}, each told to a log by its own method. */
    enum Level {
        INFO, WARN, ERROR, DEBUG;

        void tell(BuildLog log, String text) {
            switch (this) {
                case INFO -> log.info(text);
                case WARN -> log.warn(text);
                case ERROR -> log.error(text);
                case DEBUG -> log.debug(text);
            }
        }
    }

    /** A line of the engine's log. */
    record LogLine(Level level, String text) implements Message {

        void tellTo(BuildLog log) {
            level.tell(log, text);
        }
    }

    /**
     * A build log that takes each line whole, with its level: what carries the engine's log between the two JVMs (as
     * protocol lines in the engine's, held back while the site is checked in Maven's).
     */
    interface LineLog extends BuildLog {

        void line(LogLine line);

        @Override
        default void info(String message) {
            line(new LogLine(Level.INFO, message));
        }

        @Override
        default void warn(String message) {
            line(new LogLine(Level.WARN, message));
        }

        @Override
        default void error(String message) {
            line(new LogLine(Level.ERROR, message));
        }

        @Override
        default void debug(String message) {
            line(new LogLine(Level.DEBUG, message));
        }
    }

    record Finished(BuildResult result) implements Message {
    }

    /**
     * The build failed: {@code userError} when the input was at fault (a {@link PaperDigestException}), naming the step
     * it stopped in and the setting to fix where one applies; else a fault of the plugin, described.
     */
    record Failed(boolean userError, String message, Optional<String> step, Optional<Setting> setting) implements Message {

        static Failed of(PaperDigestException e) {
            return new Failed(true, e.getMessage(), e.step(), e.setting());
        }

        RuntimeException toException() {
            if (!userError) {
                return new IllegalStateException(message);
            }
            PaperDigestException e = new PaperDigestException(message, null, setting.orElse(null));
            step.ifPresent(e::inStep);
            return e;
        }
    }

    String request(Request request) {
        BuildConfig c = request.config();
        ObjectNode config = json.createObjectNode()
                .put("digestDirectory", c.digestDirectory().toString())
                .put("outputDirectory", c.outputDirectory().toString())
                .put("siteTitle", c.siteTitle())
                .put("baseUrl", c.baseUrl().orElse(null))
                .put("templateDirectory", c.templateDirectory().map(Path::toString).orElse(null))
                .put("taxonomyFile", c.taxonomyFile().map(Path::toString).orElse(null))
                .put("strict", c.strict())
                .put("timestamp", c.timestamp().map(Instant::toString).orElse(null))
                .put("taxonomyReport", c.taxonomyReport())
                .put("similarity", c.similarity())
                .put("embeddingCache", c.embeddingCache().map(Path::toString).orElse(null))
                .put("allowEmptySite", c.allowEmptySite())
                .put("projectDirectory", c.projectDirectory().toString())
                .put("allowExternalLinks", c.allowExternalLinks())
                .put("lockTimeoutMillis", c.lockTimeout().toMillis())
                .put("siteId", c.siteId().orElse(null))
                .put("publishedSite", c.publishedSite().map(Path::toString).orElse(null));
        c.projectSite().ifPresent(site -> config.putObject("projectSite").put("name", site.name()).put("href", site.href()));
        ObjectNode line = json.createObjectNode().put("debug", request.debug());
        line.set("config", config);
        return write(line);
    }

    Request readRequest(String line) {
        JsonNode root = read(line);
        JsonNode c = root.path("config");
        BuildConfig.Builder config = BuildConfig.builder(Path.of(c.path("digestDirectory").asText()),
                        Path.of(c.path("outputDirectory").asText()))
                .siteTitle(text(c, "siteTitle"))
                .baseUrl(text(c, "baseUrl"))
                .templateDirectory(path(c, "templateDirectory"))
                .taxonomyFile(path(c, "taxonomyFile"))
                .strict(c.path("strict").asBoolean())
                .timestamp(Optional.ofNullable(text(c, "timestamp")).map(Instant::parse).orElse(null))
                .taxonomyReport(c.path("taxonomyReport").asBoolean())
                .similarity(text(c, "similarity"))
                .embeddingCache(path(c, "embeddingCache"))
                .allowEmptySite(c.path("allowEmptySite").asBoolean())
                .projectDirectory(path(c, "projectDirectory"))
                .allowExternalLinks(c.path("allowExternalLinks").asBoolean())
                .lockTimeout(Duration.ofMillis(c.path("lockTimeoutMillis").asLong()))
                .siteId(text(c, "siteId"))
                .publishedSite(path(c, "publishedSite"));
        if (c.hasNonNull("projectSite")) {
            config.projectSite(c.path("projectSite").path("name").asText(), c.path("projectSite").path("href").asText());
        }
        return new Request(config.build(), root.path("debug").asBoolean());
    }

    String log(LogLine line) {
        return write(json.createObjectNode().put("log", line.level().name().toLowerCase(Locale.ROOT)).put("text", line.text()));
    }

    String finished(BuildResult r) {
        ObjectNode result = json.createObjectNode()
                .put("outputDirectory", r.outputDirectory().toString())
                .put("upToDate", r.upToDate())
                .put("digestCount", r.digestCount())
                .put("paperCount", r.paperCount())
                .put("tagCount", r.tagCount())
                .put("hubCount", r.hubCount())
                .put("pageCount", r.pageCount())
                .put("feedCount", r.feedCount())
                .put("assetCount", r.assetCount())
                .put("madeFiles", r.madeFiles())
                .put("unchangedFiles", r.unchangedFiles())
                .put("keptUserFiles", r.keptUserFiles())
                .put("removedFiles", r.removedFiles())
                .put("recalledReadings", r.recalledReadings())
                .put("recalledAnalyses", r.recalledAnalyses());
        ObjectNode steps = result.putObject("stepNanos");
        r.stepTimes().forEach((step, time) -> steps.put(step.name(), time.toNanos()));
        ObjectNode line = json.createObjectNode();
        line.set("result", result);
        return write(line);
    }

    String failed(Failed failure) {
        ObjectNode f = json.createObjectNode()
                .put("userError", failure.userError())
                .put("message", failure.message())
                .put("step", failure.step().orElse(null))
                .put("setting", failure.setting().map(Setting::name).orElse(null));
        ObjectNode line = json.createObjectNode();
        line.set("failure", f);
        return write(line);
    }

    /** The message a line holds; null when the line is not one of the protocol's (a stray print of a library). */
    Message message(String line) {
        JsonNode root;
        try {
            root = json.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        if (root.has("log")) {
            return new LogLine(level(root.path("log").asText()), root.path("text").asText());
        }
        if (root.has("result")) {
            return new Finished(result(root.path("result")));
        }
        if (root.has("failure")) {
            JsonNode f = root.path("failure");
            return new Failed(f.path("userError").asBoolean(), f.path("message").asText(), Optional.ofNullable(text(f, "step")),
                    Optional.ofNullable(text(f, "setting")).map(Setting::valueOf));
        }
        return null;
    }

    /** A level by its name; a name this version does not know is information. */
    private static Level level(String name) {
        for (Level level : Level.values()) {
            if (level.name().equalsIgnoreCase(name)) {
                return level;
            }
        }
        return Level.INFO;
    }

    private static BuildResult result(JsonNode r) {
        Map<BuildStep, Duration> steps = new EnumMap<>(BuildStep.class);
        r.path("stepNanos").fields().forEachRemaining(e -> steps.put(BuildStep.valueOf(e.getKey()),
                Duration.ofNanos(e.getValue().asLong())));
        return new BuildResult(Path.of(r.path("outputDirectory").asText()), r.path("upToDate").asBoolean(),
                r.path("digestCount").asInt(), r.path("paperCount").asInt(), r.path("tagCount").asInt(),
                r.path("hubCount").asInt(), r.path("pageCount").asInt(), r.path("feedCount").asInt(),
                r.path("assetCount").asInt(), r.path("madeFiles").asInt(), r.path("unchangedFiles").asInt(),
                r.path("keptUserFiles").asInt(), r.path("removedFiles").asInt(), r.path("recalledReadings").asInt(),
                r.path("recalledAnalyses").asInt(), steps);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Path path(JsonNode node, String field) {
        return node.hasNonNull(field) ? Path.of(node.get(field).asText()) : null;
    }

    private JsonNode read(String line) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a request of the engine: " + e.getOriginalMessage(), e);
        }
    }

    /** One line: JSON escapes every line break inside a string, so that a message of several lines stays one line. */
    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
