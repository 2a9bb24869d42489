package io.github.paperdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeLinksTest {

    @ParameterizedTest(name = "from {0} to {1}: {2}")
    @CsvSource({
            // root page to root page
            "index.html,        tags.html,          tags.html",
            "index.html,        index.html,         index.html",
            // root page to a page in a folder
            "index.html,        paper/a.html,       paper/a.html",
            "hubs.html,         assets/style.css,   assets/style.css",
            // page in a folder to a root page
            "paper/a.html,      index.html,         ../index.html",
            "tag/x.html,        tags.html,          ../tags.html",
            // page in a folder to a page in the same folder
            "paper/a.html,      paper/b.html,       b.html",
            "paper/a.html,      paper/a.html,       a.html",
            // page in a folder to a page in another folder
            "paper/a.html,      tag/x.html,         ../tag/x.html",
            "digest/d.html,     assets/site.js,     ../assets/site.js",
            // a root file named like a folder
            "paper/a.html,      paper.html,         ../paper.html",
            "paper.html,        paper/a.html,       paper/a.html",
            // deeper folders
            "a/b/c.html,        a/b/d.html,         d.html",
            "a/b/c.html,        a/e.html,           ../e.html",
            "a/b/c.html,        index.html,         ../../index.html",
            "a/b/c.html,        x/y/z.html,         ../../x/y/z.html",
            "index.html,        a/b/c.html,         a/b/c.html",
            "a/e.html,          a/b/c.html,         b/c.html",
            "a/b/c.html,        a/x/c.html,         ../x/c.html",
    })
    void hrefLeadsFromOnePageToAnother(String from, String to, String href) {
        assertEquals(href, RelativeLinks.href(from, to));
    }

    @Test
    void everyHrefResolvesToItsTargetFromItsPage() {
        List<String> paths = List.of("index.html", "tags.html", "hubs.html", "paper/a.html", "paper/b.html",
                "tag/video-generation.html", "hub/video.html", "digest/2024-01-01.html", "assets/style.css",
                "a/b/c.html", "a/b/d.html", "a/e.html", "paper.html", "tag.html");
        URI site = URI.create("https://example.org/some/prefix/");
        for (String from : paths) {
            for (String to : paths) {
                String href = RelativeLinks.href(from, to);
                assertEquals(site.resolve(to), site.resolve(from).resolve(href), "from " + from + " to " + to);
            }
        }
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource({
            "index.html,   ''",
            "paper/a.html, ../",
            "a/b/c.html,   ../../",
    })
    void toRootLeadsBackToTheSiteRoot(String from, String prefix) {
        assertEquals(prefix, RelativeLinks.toRoot(from));
    }
}
