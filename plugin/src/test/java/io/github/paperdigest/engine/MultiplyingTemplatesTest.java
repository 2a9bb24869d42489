package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.render.ThemeException;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's templates are untrusted: a kilobyte of partials that each include the next ten times would be compiled
 * 10^8 times and write 10^10 bytes for every page, fill the memory and hold the build for hours. Inclusions past
 * what any theme needs, and a page or a list item that grows past what any site needs, fail the build, naming the
 * template.
 */
class MultiplyingTemplatesTest {

    @TempDir
    Path temp;

    /** partials/m1 … m{links} each include the next ten times; the last is {@code leaf} bytes. */
    private Path chain(int links, int leaf, String includer, String text) throws IOException {
        Path templates = temp.resolve("templates");
        Files.createDirectories(templates.resolve("templates/partials"));
        for (int i = 1; i <= links; i++) {
            Files.writeString(templates.resolve("templates/partials/m" + i + ".mustache"),
                    ("{{> m" + (i + 1) + "}}").repeat(10));
        }
        Files.writeString(templates.resolve("templates/partials/m" + (links + 1) + ".mustache"), "x".repeat(leaf));
        Files.writeString(templates.resolve("templates/" + includer), text);
        return templates;
    }

    @Test
    void aChainOfPartialsThatMultipliesFailsWhileTheTemplatesAreCompiled() throws IOException {
        // a kilobyte of templates, 10^8 inclusions: Mustache.java compiles a partial at every place it is included
        Path templates = chain(8, 100, "partials/paper-item.mustache", "<li>{{> m1}}</li>\n");

        ThemeException e = assertThrows(ThemeException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> build(templates)));

        assertTrue(e.getMessage().contains("the templates include partials more than 20,000 times (the last,"
                + " templates/partials/m"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("site")), "no site is written");
    }

    @Test
    void aListItemThatMultipliesFailsNamingItsTemplate() throws IOException {
        Path templates = chain(3, 2_000, "partials/paper-item.mustache", "<li>{{> m1}}</li>\n");

        ThemeException e = assertThrows(ThemeException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> build(templates)));

        assertTrue(e.getMessage().startsWith("template partials/paper-item.mustache made a list item of "),
                e.getMessage());
        assertTrue(e.getMessage().contains("longer than 1,048,576 bytes, the most it may be"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("site")), "no site is written");
    }

    @Test
    void aPageThatMultipliesFailsNamingItsTemplateAndPage() throws IOException {
        Path templates = chain(4, 10_000, "paper.mustache",
                "{{<layout}}{{$content}}{{> partials/m1}}{{/content}}{{/layout}}");

        ThemeException e = assertThrows(ThemeException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> build(templates)));

        assertTrue(e.getMessage().startsWith("template paper.mustache made paper/"), e.getMessage());
        assertTrue(e.getMessage().contains("longer than 67,108,864 bytes"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("site")), "no site is written");
    }

    private void build(Path templates) {
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(SiteFiles.projectRoot().resolve(
                "example-project/src/digests"), temp.resolve("site")).similarity(BuildConfig.LEXICAL)
                .templateDirectory(templates).build());
    }
}
