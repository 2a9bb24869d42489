package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.paperdigest.render.ThemeException;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a project's template may include, said where the inclusion is written: the template's file and line, the
 * partial as written, and what to write instead. A partial is a template; an asset is linked, not included.
 */
class TemplateIncludesTest {

    @TempDir
    Path temp;

    @Test
    void includingAThemeAssetSaysThatAssetsAreLinkedNotIncluded() throws IOException {
        ThemeException e = failure("paper.mustache",
                "{{<layout}}{{$content}}\n{{> ../assets/style.css}}\n{{/content}}{{/layout}}");

        assertEquals("templates/paper.mustache:2 includes {{> ../assets/style.css}}, the theme's assets/style.css, which"
                + " a template cannot include: a partial is a template of templates/, named from the folder of the"
                + " template that includes it and without '.mustache' ({{> partials/header}} in a page's template,"
                + " {{> pager}} in a partial); an asset is published as a file of its own (your template folder's"
                + " assets/ are published too) and linked from the page, not included:"
                + " <link rel=\"stylesheet\" href=\"{{rootHref}}assets/style.css\">", e.getMessage());
    }

    @Test
    void aFileOutsideTheThemeIsNamedSoAndNotRead() throws IOException {
        ThemeException e = failure("paper.mustache",
                "{{<layout}}{{$content}}{{> ../../../../etc/passwd}}{{/content}}{{/layout}}");

        assertEquals("templates/paper.mustache:1 includes {{> ../../../../etc/passwd}}, a file outside the theme,",
                e.getMessage().substring(0, e.getMessage().indexOf(" which")));
    }

    /** The page's template (home.mustache) only surfaced the failure: the partial's includer is named. */
    @Test
    void aMissingPartialIsSaidWithTheTemplateThatIncludesIt() throws IOException {
        ThemeException e = failure("partials/paper-item.mustache", "<li>\n<a href=\"{{href}}\">{{title}}</a>"
                + " {{> partials/badge}}</li>\n");

        assertEquals("templates/partials/paper-item.mustache:2 includes {{> partials/badge}}, but"
                + " templates/partials/partials/badge.mustache is neither in the template folder nor in the theme (a"
                + " partial is named from the folder of the template that includes it, templates/partials/): add the"
                + " partial, or remove the inclusion", e.getMessage());
    }

    /**
     * The partial is there, but the name written finds another file: the partial is said to be included by no template,
     * with the inclusion that meant it and the name that finds it, not that it "replaces no theme file".
     */
    @Test
    void aPartialNamedFromTheWrongFolderIsToldTheNameThatFindsIt() throws IOException {
        Files.createDirectories(temp.resolve("templates/templates/partials"));
        Files.writeString(temp.resolve("templates/templates/partials/badge.mustache"), "<b>new</b>");

        ThemeException e = failure("partials/paper-item.mustache", "<li>{{title}} {{> partials/badge}}</li>\n");

        assertEquals(temp.resolve("templates") + "/templates/partials/badge.mustache is included by no template:"
                + " templates/partials/paper-item.mustache includes {{> partials/badge}}, which names"
                + " templates/partials/partials/badge.mustache (a partial is named from the folder of the template that"
                + " includes it); write {{> badge}} (to build anyway, set strict=false)", e.getMessage());
    }

    @Test
    void aMissingPartialOfAPagesTemplateIsNamedWithIt() throws IOException {
        ThemeException e = failure("paper.mustache",
                "{{<layout}}{{$content}}\n\n{{> partials/paper-extras}}{{/content}}{{/layout}}");

        assertEquals("templates/paper.mustache:3 includes {{> partials/paper-extras}}, but"
                + " templates/partials/paper-extras.mustache is neither in the template folder nor in the theme: add the"
                + " partial, or remove the inclusion", e.getMessage());
    }

    /** Mustache.java's "Illegal code in extend section" was taken for a fault of the plugin's, with its stack trace. */
    @Test
    void aTagOutsideTheBlocksOfATemplateThatExtendsAnotherIsNamed() throws IOException {
        ThemeException e = failure("paper.mustache",
                "{{<layout}}\n{{> partials/bib-link}}\n{{$content}}{{/content}}{{/layout}}");

        assertEquals("templates/paper.mustache:1 extends {{<layout}}, and {{> partials/bib-link}} stands outside its"
                + " blocks, where a template that extends another may hold only blocks: put it inside the block it"
                + " belongs to ({{$content}} … {{/content}}), which replaces the block of that name in layout",
                e.getMessage());
    }

    /** A partial named from the templates' folder ("/partials/…") is found from any template, as the README says. */
    @Test
    void aPartialNamedFromTheTemplatesFolderIsFoundFromAnywhere() throws IOException {
        Path templates = temp.resolve("templates");
        Files.createDirectories(templates.resolve("templates/partials"));
        Files.writeString(templates.resolve("templates/partials/paper-item.mustache"),
                "<li><a href=\"{{href}}\">{{title}}</a>{{> /partials/badge}}</li>\n");
        Files.writeString(templates.resolve("templates/partials/badge.mustache"), " <b class=\"badge\">new</b>");

        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(SiteFiles.projectRoot().resolve(
                "example-project/src/digests"), temp.resolve("site")).similarity(BuildConfig.LEXICAL)
                .templateDirectory(templates).build());

        assertEquals(true, Files.readString(temp.resolve("site/index.html")).contains("<b class=\"badge\">new</b>"));
    }

    private ThemeException failure(String template, String text) throws IOException {
        Path templates = temp.resolve("templates");
        Path file = templates.resolve("templates/" + template);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return assertThrows(ThemeException.class, () -> new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(
                SiteFiles.projectRoot().resolve("example-project/src/digests"), temp.resolve("site"))
                .similarity(BuildConfig.LEXICAL).templateDirectory(templates).build()));
    }
}
