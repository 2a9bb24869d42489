package io.github.paperdigest.engine;

import io.github.paperdigest.files.FoundFile;
import io.github.paperdigest.files.IoMessages;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.site.MovedAddresses;
import io.github.paperdigest.site.MovedAddressesException;
import io.github.paperdigest.taxonomy.TaxonomyException;
import io.github.paperdigest.taxonomy.TaxonomyParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Reads the files the engine needs besides digests: the taxonomy file and the plugin's own resources. */
class ProjectFiles {

    private static final String VOCABULARY = "/io/github/paperdigest/taxonomy/vocabulary.yml";
    private static final String BUILD_INFO = "/io/github/paperdigest/paper-digest.properties";

    /** The taxonomy's text; a file too large to be a taxonomy is refused before it is read. */
    String readTaxonomy(Path configured, FoundFile file) {
        if (file.size() > TaxonomyParser.MAX_CHARACTERS) {
            throw new TaxonomyException(configured.toString(), 0, TaxonomyParser.tooLarge(
                    String.format(Locale.ROOT, "%.1f MB", file.size() / 1048576.0)));
        }
        try {
            return Files.readString(file.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TaxonomyException(configured.toString(), 0, "cannot be read: " + IoMessages.describe(e), e);
        }
    }

    /** The text of the file of moved addresses; one too large to be such a file is refused before it is read. */
    String readMoved(String named, FoundFile file) {
        if (file.size() > MovedAddresses.MAX_CHARACTERS) {
            throw new MovedAddressesException(named, List.of(new MovedAddressesException.Problem(0,
                    MovedAddresses.tooLarge(String.format(Locale.ROOT, "%.1f MB", file.size() / 1048576.0)))));
        }
        try {
            return Files.readString(file.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MovedAddressesException(named, List.of(new MovedAddressesException.Problem(0,
                    "cannot be read: " + IoMessages.describe(e))));
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
