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
 * A project's templates are untrusted: a kilobyte of partials that each include the next ten times would write 10^9
 * bytes for every page, fill the memory and hold the build for hours. A page or a list item that grows past what any
 * site needs fails the build, naming the template.
 */
class MultiplyingTemplatesTest {

    @TempDir
    Path temp;

    /** partials/m1 … m8 each include the next ten times; m9 is a hundred bytes. */
    private Path chain(String includer, String text) throws IOException {
        Path templates = temp.resolve("templates");
        Files.createDirectories(templates.resolve("templates/partials"));
        for (int i = 1; i <= 8; i++) {
            Files.writeString(templates.resolve("templates/partials/m" + i + ".mustache"),
                    ("{{> m" + (i + 1) + "}}").repeat(10));
        }
        Files.writeString(templates.resolve("templates/partials/m9.mustache"), "x".repeat(100));
        Files.writeString(templates.resolve("templates/" + includer), text);
        return templates;
    }

    @Test
    void aListItemThatMultipliesFailsNamingItsTemplate() throws IOException {
        Path templates = chain("partials/paper-item.mustache", "<li>{{> m1}}</li>\n");

        ThemeException e = assertThrows(ThemeException.class, () -> assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> build(templates)));

        assertTrue(e.getMessage().startsWith("template partials/paper-item.mustache made a list item of "),
                e.getMessage());
        assertTrue(e.getMessage().contains("longer than 1,048,576 bytes, the most it may be"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("site")), "no site is written");
    }

    @Test
    void aPageThatMultipliesFailsNamingItsTemplateAndPage() throws IOException {
        Path templates = chain("paper.mustache", "{{<layout}}{{$content}}{{> partials/m1}}{{/content}}{{/layout}}");

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
