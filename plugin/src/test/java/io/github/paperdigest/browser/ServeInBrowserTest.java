package io.github.paperdigest.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.serve.Preview;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * {@code mvn paper-digest:serve}'s preview loop, driven in Chromium: a page open in the browser reloads by itself
 * after a digest is edited and shows the edit; a digest with a mistake shows the error over the last good page
 * until it is fixed; and the site on disk never holds the live-reload script.
 */
@ExtendWith(ExampleSiteInBrowser.class)
class ServeInBrowserTest {

    private static final String DIGEST = "2025-01-24-reading-group.md";
    private static final String DIGEST_PAGE = "digest/2025-01-24-reading-group.html";
    private static final String NEW_PAPER = """

            ## Live Previews Make Digest Editing Pleasant

            - arxiv: 2501.99999
            - tags: video generation

            We show that a preview server which rebuilds a static site of paper digests on every save and reloads
            the open pages lets editors see their changes at once, without running the build by hand.
            """;

    @TempDir
    Path temp;

    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void aDigestEditRebuildsTheSiteAndReloadsTheOpenPage(Browser browser) throws Exception {
        Path digests = copyOfTheExampleDigests();
        Path site = temp.resolve("site/papers");
        try (Preview preview = preview(digests, site)) {
            preview.start();
            browser.open(preview.address() + DIGEST_PAGE);
            assertFalse(paperTitles(browser).contains("Live Previews Make Digest Editing Pleasant"));
            browser.script("window.beforeTheEdit = true;");
            waitForLiveReload(browser);

            Files.writeString(digests.resolve(DIGEST), NEW_PAPER, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);

            // the page reloaded by itself (the marker set on the old page is gone) and lists the new paper
            browser.waitUntil(d -> browser.script("return window.beforeTheEdit === undefined") == Boolean.TRUE
                    && paperTitles(browser).contains("Live Previews Make Digest Editing Pleasant"));
            assertTrue(Files.exists(site.resolve("paper/live-previews-make-digest-editing-pleasant.html")));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Rebuilt after a change to " + DIGEST)), log.toString());
            assertNoLiveReloadOnDisk(site);
        }
    }

    @Test
    void aDigestWithAMistakeIsShownOverTheLastGoodPageUntilItIsFixed(Browser browser) throws Exception {
        Path digests = copyOfTheExampleDigests();
        Path site = temp.resolve("site/papers");
        try (Preview preview = preview(digests, site)) {
            preview.start();
            browser.open(preview.address() + DIGEST_PAGE);
            List<String> before = paperTitles(browser);
            waitForLiveReload(browser);
            Map<String, byte[]> lastGoodSite = SiteFiles.all(site);
            String good = Files.readString(digests.resolve(DIGEST));

            // a paper heading without an abstract: strict mode fails the build
            Files.writeString(digests.resolve(DIGEST), good + "\n## A Title Without Its Abstract\n");

            WebElement error = browser.waitUntil(d -> browser.findAll("#paper-digest-build-error").stream().findFirst()
                    .orElse(null));
            assertTrue(error.getText().contains(DIGEST), error.getText());
            assertTrue(error.getText().contains("A Title Without Its Abstract"), error.getText());
            assertEquals(before, paperTitles(browser), "the last good page is still shown");
            assertEquals(lastGoodSite.keySet(), SiteFiles.all(site).keySet(), "the last good site is still served");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("ERROR The paper site could not be rebuilt after a change to "
                    + DIGEST + ": " + DIGEST)), log.toString());
            // a page opened now shows the error too
            browser.open(preview.address() + DIGEST_PAGE);
            browser.waitUntil(d -> !browser.findAll("#paper-digest-build-error").isEmpty());

            Files.writeString(digests.resolve(DIGEST), good + NEW_PAPER);

            browser.waitUntil(d -> browser.findAll("#paper-digest-build-error").isEmpty()
                    && paperTitles(browser).contains("Live Previews Make Digest Editing Pleasant"));
            assertNoLiveReloadOnDisk(site);
        }
    }

    private Preview preview(Path digests, Path site) {
        BuildConfig config = BuildConfig.builder(digests, site).siteTitle("Video Papers Reading Group").build();
        BuildLog buildLog = new BuildLog() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void warn(String message) {
                log.add("WARN " + message);
            }

            @Override
            public void error(String message) {
                log.add("ERROR " + message);
            }

            @Override
            public void debug(String message) {
            }
        };
        return new Preview(() -> new SiteBuilder(BuildLog.silent()).build(config), site, new Preview.Sources(digests,
                Optional.empty(), config.taxonomyFile(), Optional.empty()), 0, buildLog);
    }

    /** The live-reload script has connected to the server and heard its state, so that no event is missed. */
    private static void waitForLiveReload(Browser browser) {
        browser.waitUntil(d -> "connected".equals(browser.script("return document.documentElement.dataset.liveReload")));
    }

    private static List<String> paperTitles(Browser browser) {
        return browser.findAll("main a[href^='../paper/']").stream().map(WebElement::getText).toList();
    }

    private Path copyOfTheExampleDigests() throws IOException {
        Path from = SiteFiles.projectRoot().resolve("example-project/src/digests");
        Path to = Files.createDirectories(temp.resolve("digests"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static void assertNoLiveReloadOnDisk(Path site) {
        List<String> withScript = Collections.synchronizedList(new java.util.ArrayList<>());
        SiteFiles.all(site).forEach((path, bytes) -> {
            if (new String(bytes, StandardCharsets.UTF_8).contains("__paper-digest")) {
                withScript.add(path);
            }
        });
        assertEquals(List.of(), withScript, "files of the site that hold the live-reload script");
    }
}
