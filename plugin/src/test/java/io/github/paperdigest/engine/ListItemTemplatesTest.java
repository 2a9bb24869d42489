package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper in a list is one template, shown by every list; a list template of one's own can still draw items. */
class ListItemTemplatesTest {

    @TempDir
    Path temp;

    private Path build(String template, String content) throws IOException {
        Path templates = temp.resolve("templates");
        Path file = templates.resolve("templates/partials/" + template);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Path out = temp.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(SiteFiles.projectRoot().resolve(
                "example-project/src/digests"), out).templateDirectory(templates).build());
        return out;
    }

    @Test
    void theItemTemplateDrawsThePapersOfEveryTagAndHubList() throws IOException {
        Path site = build("paper-item.mustache", "<li class=\"mine\"><a href=\"{{href}}\">{{{titleHtml}}}</a> {{date}}</li>\n");

        for (String page : List.of("tag/video-generation.html", "hub/video-generation.html")) {
            Document doc = SiteFiles.parse(site, page);
            assertFalse(doc.select("ol.paper-list li.mine").isEmpty(), page);
            assertTrue(doc.select("ol.paper-list li.paper-item").isEmpty(), page);
            assertTrue(doc.selectFirst("ol.paper-list li.mine a").attr("href").startsWith("../paper/"), page);
        }
    }

    @Test
    void aListTemplateOfOnesOwnStillGetsEachItemsFields() throws IOException {
        Path site = build("paper-list.mustache",
                "<ul class=\"mine\">{{#papers}}<li><a href=\"{{href}}\">{{{titleHtml}}}</a>{{#date}}<i>{{date}}</i>{{/date}}</li>{{/papers}}</ul>\n");

        Document tag = SiteFiles.parse(site, "tag/video-generation.html");
        assertFalse(tag.select("ul.mine li a[href^=../paper/]").isEmpty());
        assertTrue(tag.select("ul.mine li a").stream().noneMatch(a -> a.text().isBlank()), "every item has its title");
        assertFalse(tag.select("ul.mine li > i").isEmpty(), "the items with a date show it");
    }
}
