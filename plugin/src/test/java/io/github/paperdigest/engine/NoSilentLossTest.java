package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.digest.DigestException;
import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.render.ThemeException;
import io.github.paperdigest.taxonomy.TaxonomyException;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes that used to lose work without a word: an empty site replacing a full one, a template override that
 * replaces nothing, a broken taxonomy found only after every digest was read.
 */
class NoSilentLossTest {

    private static final String ABSTRACT = "We study how video diffusion models can be extended to minute-long videos"
            + " with consistent characters, and release a benchmark of long prompts for evaluating them.";

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();

    private Path digests(String... titles) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("digests"));
        StringBuilder text = new StringBuilder("Daily Papers\n\n");
        for (String title : titles) {
            text.append(title).append("\n\n").append(ABSTRACT).append(" About ").append(title).append(".\n\n");
        }
        Files.writeString(dir.resolve("2025-01-02.txt"), text);
        return dir;
    }

    private BuildResult build(BuildConfig.Builder config) {
        return new SiteBuilder(BuildLog.warningsTo(warnings::add)).build(config.build());
    }

    @Test
    void aSiteWithPapersIsNotReplacedByAnEmptyOne() throws IOException {
        Path digests = digests("Alpha Paper", "Beta Paper");
        Path out = temp.resolve("site/papers");
        build(BuildConfig.builder(digests, out));
        Map<String, byte[]> before = SiteFiles.all(out);
        Path empty = Files.createDirectories(temp.resolve("digestz"));

        PaperDigestException e = assertThrows(PaperDigestException.class, () -> build(BuildConfig.builder(empty, out)));

        assertTrue(e.getMessage().contains("holds a site of 2 paper pages"), e.getMessage());
        assertTrue(e.getMessage().contains("'digestDirectory'"), e.getMessage());
        assertTrue(e.getMessage().contains("allowEmptySite"), e.getMessage());
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
        Map<String, byte[]> after = SiteFiles.all(out);
        assertEquals(before.keySet(), after.keySet(), "the previous site, file for file");
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
    }

    @Test
    void anEmptySiteReplacesAFullOneWhenTheUserAllowsIt() throws IOException {
        Path out = temp.resolve("site/papers");
        build(BuildConfig.builder(digests("Alpha Paper", "Beta Paper"), out));
        Path empty = Files.createDirectories(temp.resolve("digestz"));

        BuildResult result = build(BuildConfig.builder(empty, out).allowEmptySite(true));

        assertEquals(0, result.paperCount());
        assertFalse(Files.exists(out.resolve("paper/alpha-paper.html")));
    }

    @Test
    void aFirstBuildWithoutPapersIsAllowedWithAWarning() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("digests"));

        BuildResult result = build(BuildConfig.builder(empty, temp.resolve("site/papers")));

        assertEquals(0, result.paperCount());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("No digests found")), warnings.toString());
    }

    @Test
    void aMisspeltTemplateFailsTheStrictBuildNamingTheClosestThemeFile() throws IOException {
        Path templates = temp.resolve("templates-dir");
        write(templates.resolve("templates/papr.mustache"), "{{title}}");
        write(templates.resolve("template/paper.mustache"), "{{title}}");
        Path out = temp.resolve("site/papers");

        ThemeException e = assertThrows(ThemeException.class, () -> build(BuildConfig.builder(digests("Alpha Paper"), out)
                .templateDirectory(templates)));

        assertTrue(e.getMessage().contains("templates/papr.mustache replaces no theme file; did you mean"
                + " templates/paper.mustache?"), e.getMessage());
        assertTrue(e.getMessage().contains("template/paper.mustache replaces no theme file; did you mean"
                + " templates/paper.mustache?"), e.getMessage());
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void aHeaderWithTheSearchFormButNotTheNumberOfPaperDataFilesIsAWarning() throws IOException {
        Path templates = temp.resolve("templates-dir");
        write(templates.resolve("templates/partials/header.mustache"),
                "<form class=\"site-search\" data-root=\"{{rootHref}}\" data-index=\"{{searchIndexHref}}\"></form>");

        build(BuildConfig.builder(digests("Alpha Paper"), temp.resolve("site/papers")).templateDirectory(templates));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("templates/partials/header.mustache has the search form without"
                + " data-paper-shards=\"{{paperShards}}\""), warnings.get(0));
    }

    @Test
    void aHeaderThatKeepsTheNumberOfPaperDataFilesIsNotWarnedAbout() throws IOException {
        Path templates = temp.resolve("templates-dir");
        write(templates.resolve("templates/partials/header.mustache"), "<form data-index=\"{{searchIndexHref}}\""
                + " data-paper-shards=\"{{paperShards}}\"></form>");

        build(BuildConfig.builder(digests("Alpha Paper"), temp.resolve("site/papers")).templateDirectory(templates));

        assertEquals(List.of(), warnings);
    }

    @Test
    void aMisspeltTemplateIsAWarningInLenientMode() throws IOException {
        Path templates = temp.resolve("templates-dir");
        write(templates.resolve("templates/papr.mustache"), "{{title}}");

        build(BuildConfig.builder(digests("Alpha Paper"), temp.resolve("site/papers")).templateDirectory(templates)
                .strict(false));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith("templates/papr.mustache replaces no theme file; did you mean"
                + " templates/paper.mustache? It is ignored (strict=false)."), warnings.toString());
    }

    @Test
    void overridesNewAssetsAndIncludedPartialsAreUsedFiles() throws IOException {
        Path templates = temp.resolve("templates-dir");
        write(templates.resolve("templates/paper.mustache"), "{{<layout}}{{$content}}{{> partials/mine}}{{/content}}{{/layout}}");
        write(templates.resolve("templates/partials/mine.mustache"), "<p class=mine>mine</p>");
        write(templates.resolve("assets/logo.svg"), "<svg/>");
        write(templates.resolve(".DS_Store"), "");
        Path out = temp.resolve("site/papers");

        build(BuildConfig.builder(digests("Alpha Paper"), out).templateDirectory(templates));

        assertEquals(List.of(), warnings);
        assertTrue(Files.exists(out.resolve("assets/logo.svg")));
        assertEquals("mine", SiteFiles.parse(out, "paper/alpha-paper.html").selectFirst("p.mine").text());
    }

    @Test
    void aPartialIncludedFromAPartialIsFoundFromThatPartialsFolderAsMustacheFindsIt() throws IOException {
        Path templates = temp.resolve("templates-dir");
        write(templates.resolve("templates/partials/paper-item.mustache"),
                "<li class=\"paper-item\"><a href=\"{{href}}\">{{{titleHtml}}}</a>{{> badge}}</li>\n");
        write(templates.resolve("templates/partials/badge.mustache"), "<b class=badge>new</b>");
        Path out = temp.resolve("site/papers");

        build(BuildConfig.builder(digests("Alpha Paper"), out).templateDirectory(templates));

        assertEquals(List.of(), warnings);
        assertEquals("new", SiteFiles.parse(out, "index.html").selectFirst("li.paper-item b.badge").text());
    }

    @Test
    void theTaxonomyIsCheckedBeforeAnyDigestIsRead() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        // a digest that would fail too: the taxonomy's mistakes come first
        Files.writeString(digests.resolve("2025-01-02.json"), "[{\"paper\": ");
        Files.writeString(digests.resolve("taxonomy.yml"), "hubs:\n  - id: a\n    tags: [x]\n  - id: B\n    name: B\n"
                + "    tags: [y]\n");

        TaxonomyException e = assertThrows(TaxonomyException.class,
                () -> build(BuildConfig.builder(digests, temp.resolve("site/papers"))));

        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(List.of(), warnings, "no digest was read");
        // and with the taxonomy fixed, the digest's own mistake is reported
        Files.writeString(digests.resolve("taxonomy.yml"), "hubs: []\n");
        assertThrows(DigestException.class, () -> build(BuildConfig.builder(digests, temp.resolve("site/papers"))));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
