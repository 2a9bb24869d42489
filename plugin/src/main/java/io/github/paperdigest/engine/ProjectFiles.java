package io.github.paperdigest.engine;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** Reads the files the engine needs besides digests: the taxonomy file and the plugin's own resources. */
class ProjectFiles {

    private static final String VOCABULARY = "/io/github/paperdigest/taxonomy/vocabulary.yml";
    private static final String BUILD_INFO = "/io/github/paperdigest/paper-digest.properties";

    /** The text of a file a setting names, if the file exists; an unreadable one fails naming the setting. */
    Optional<String> readIfPresent(Path file, Setting setting) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PaperDigestException("cannot read " + file + ": " + e.getMessage(), e, setting);
        }
    }

    String builtInVocabulary() {
        try (InputStream in = ProjectFiles.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + VOCABULARY);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PaperDigestException("cannot read the plugin's " + VOCABULARY + ": " + e.getMessage(), e);
        }
    }

    String version() {
        try (InputStream in = ProjectFiles.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "(development)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(development)");
        } catch (IOException e) {
            throw new PaperDigestException("cannot read the plugin's " + BUILD_INFO + ": " + e.getMessage(), e);
        }
    }
}
