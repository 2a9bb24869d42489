package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paperdigest.engine.BuildConfig;
import io.github.paperdigest.engine.BuildLog;
import io.github.paperdigest.engine.BuildResult;
import io.github.paperdigest.engine.SiteBuilder;
import io.github.paperdigest.digest.DigestGenerators.Digest;
import io.github.paperdigest.digest.DigestGenerators.Format;
import io.github.paperdigest.digest.DigestGenerators.Paper;
import io.github.paperdigest.digest.DigestGenerators.Uniques;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.testing.PropertyCheck;
import io.github.paperdigest.testing.SafeSite;
import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Valid digests of every format whose titles, abstracts, metadata and notes are arbitrary text (markup,
 * links that run code, TeX, control characters, emoji, right-to-left text, noncharacters, lone surrogates
 * where the format can carry them) build in strict mode, and every paper's page shows its title and
 * abstract as the text they are: the page's {@code <h1>} is the title, {@code .abstract-text} the
 * abstract, character for character, and they are what the digest said (after the documented clean-up of
 * white space and TeX). Every page of the site is safe ({@link SafeSite}).
 */
class SiteRoundTripPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Digests of one format: 1 to 4 papers each, 1 or 2 files. */
    @ParameterizedTest
    @EnumSource(Format.class)
    void everyAcceptedPaperShowsItsTitleAndAbstractAsText(Format format, @TempDir Path temp) {
        int ran = PropertyCheck.forAll("round trip through " + format + " digests", r -> digests(r, format))
                .tries(25).timeoutPerTry(Duration.ofSeconds(30))
                .describedBy(List::toString)
                .check(digests -> roundTrip(temp, digests));
        assertTrue(ran > 0, "no try ran");
    }

    /** Several formats in one build, the same site: up to 4 files of any format. */
    @Test
    void mixedFormatsInOneSite(@TempDir Path temp) {
        int ran = PropertyCheck.forAll("round trip through mixed digests", r -> digests(r, null))
                .tries(20).timeoutPerTry(Duration.ofSeconds(30))
                .describedBy(List::toString)
                .check(digests -> roundTrip(temp, digests));
        assertTrue(ran > 0, "no try ran");
    }

    private static List<Digest> digests(Random r, Format only) {
        Uniques uniques = new Uniques();
        int files = 1 + r.nextInt(only == null ? 4 : 2);
        List<Digest> digests = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Format f = only != null ? only : Format.values()[r.nextInt(Format.values().length)];
            digests.add(DigestGenerators.digest(r, f, "2025-01-" + (10 + i) + "-digest-" + i, 4, uniques));
        }
        return digests;
    }

    private static void roundTrip(Path temp, List<Digest> digests) {
        Path root = clean(temp.resolve("try"));
        Path folder = root.resolve("digests");
        Path site = root.resolve("site/papers");
        try {
            Files.createDirectories(folder);
            for (Digest d : digests) {
                Files.write(folder.resolve(d.fileName()), d.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // what a digest says reaching its pages is tested here, not how papers are compared: words alone spare
        // embedding every generated text
        BuildResult result = new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(folder, site).strict(true)
                .baseUrl("https://example.org/papers/").similarity(BuildConfig.LEXICAL).build());

        List<Paper> expected = digests.stream().flatMap(d -> d.papers().stream()).toList();
        assertEquals(expected.size(), result.paperCount(), "every generated paper is a paper of the site");
        JsonNode export = readJson(site.resolve("papers.json"));
        List<String> shown = new ArrayList<>();
        for (JsonNode p : export.get("papers")) {
            String slug = p.get("slug").asText();
            Document page = SiteFiles.parse(site, "paper/" + slug + ".html");
            String title = p.get("title").asText();
            String abstractText = p.get("abstract").asText();
            // the export holds the text as read, a dollar escaped where a bare one would open a formula; the page
            // shows that dollar as the dollar it is
            assertEquals(TexMath.asText(title), page.selectFirst("h1").wholeText(), "the page's heading is the paper's title");
            assertNotNull(page.selectFirst(".abstract-text"), slug);
            assertEquals(TexMath.asText(abstractText), page.selectFirst(".abstract-text").wholeText(),
                    "the page shows the abstract");
            shown.add(title + "\n" + abstractText);
        }
        List<String> given = expected.stream().map(p -> p.expectedTitle() + "\n" + p.expectedAbstract()).toList();
        assertEquals(sorted(given), sorted(shown), "the site's papers are the digests' papers, as written");
        SafeSite.assertSafe(site);
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty folder at {@code dir}, whatever the previous try left there. */
    private static Path clean(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
