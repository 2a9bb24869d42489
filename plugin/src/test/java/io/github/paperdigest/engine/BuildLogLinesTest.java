package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's log says what the site shows, in the site's own counts, and says nothing that is not so. */
class BuildLogLinesTest {

    private static final Pattern INDEXED = Pattern.compile(
            "Indexed (\\d+) tags \\((\\d+) in the tag index; (\\d+) on one paper each\\) and \\d+ topic hubs");

    @TempDir
    Path work;

    @Test
    void theIndexedLineCountsTheTagsOfTheTagIndexApartFromThoseOnOnePaper() throws IOException {
        Logged log = new Logged();
        new SiteBuilder(log).build(exampleSite().build());

        Matcher indexed = log.infos.stream().map(INDEXED::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no Indexed line in " + log));
        int all = Integer.parseInt(indexed.group(1));
        int listed = Integer.parseInt(indexed.group(2));
        assertEquals(all, listed + Integer.parseInt(indexed.group(3)), indexed.group());
        int onTagsPage = Jsoup.parse(work.resolve("site/tags.html").toFile()).select("main ul.tag-list > li").size();
        assertEquals(onTagsPage, listed, "the tags tags.html lists");
    }

    @Test
    void aRebuildThatMadeEveryFileAgainDoesNotSayThatNoneWasMadeAgain() {
        new SiteBuilder(BuildLog.silent()).build(exampleSite().build());
        Logged log = new Logged();
        new SiteBuilder(log).build(exampleSite().siteTitle("Another title").build());

        String kept = log.infos.stream().filter(line -> line.contains("kept as they were")).findFirst()
                .orElseThrow(() -> new AssertionError("the theme's assets are kept: " + log));
        assertFalse(kept.contains("not made again"), kept);
        assertTrue(kept.endsWith("kept as they were"), kept);
    }

    private BuildConfig.Builder exampleSite() {
        return BuildConfig.builder(SiteFiles.projectRoot().resolve("example-project/src/digests"), work.resolve("site"))
                .similarity(BuildConfig.LEXICAL);
    }
}
