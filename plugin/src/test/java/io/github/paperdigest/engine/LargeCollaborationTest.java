package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large collaboration's papers: each paper's page lists every author, and its BibTeX entry, which every author's page
 * file repeats, names the first hundred and "others", as INSPIRE cites such papers. Two papers of 3,000 shared authors
 * in each of their 3,000 files would be quadratic in the collaboration's size: 2 GB from 560 KB of digests.
 */
class LargeCollaborationTest {

    private static final int AUTHORS = 150;

    @TempDir
    Path work;

    @Test
    void anEntryNamesTheFirstHundredAuthorsAndOthersWhileThePageNamesThemAll() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        String authors = IntStream.rangeClosed(1, AUTHORS).mapToObj(i -> "Member" + i + ", Ann")
                .collect(Collectors.joining(" and "));
        Files.writeString(digests.resolve("2025-03-01-collaboration.bib"), """
                @article{first2024,
                  title = {Observation of a Laundry Boson},
                  author = {%s},
                  eprint = {2401.07001},
                  archivePrefix = {arXiv},
                  year = {2024}
                }
                @article{second2024,
                  title = {Measurement of the Laundry Boson's Spin},
                  author = {%s},
                  eprint = {2402.07002},
                  archivePrefix = {arXiv},
                  year = {2024}
                }
                """.formatted(authors, authors));
        Path site = work.resolve("site/papers");
        new SiteBuilder(new Logged()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());

        Document page = SiteFiles.parse(site, "paper/observation-of-a-laundry-boson.html");
        assertEquals(AUTHORS, page.select(".paper-head .authors .author").size(), "the page lists every author");
        String entry = page.selectFirst("pre.bibtex").text();
        assertTrue(entry.contains("author = {Ann Member1 and Ann Member2 and "), entry);
        assertTrue(entry.contains("Ann Member100 and others}"), entry);
        assertTrue(!entry.contains("Member101 "), entry);
        assertEquals("Member150, Ann", page.selectFirst("section.cite").attr("data-final-author"),
                "the last author, whom the RIS record the APA text is made from does not name, as RIS writes a name");

        Files.writeString(digests.resolve("2025-03-02-small.bib"), """
                @article{third2024,
                  title = {A Paper of Two},
                  author = {Member1, Ann and Member2, Ann},
                  eprint = {2403.07003},
                  archivePrefix = {arXiv},
                  year = {2024}
                }
                """);
        new SiteBuilder(new Logged()).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());
        assertTrue(!SiteFiles.parse(site, "paper/a-paper-of-two.html").selectFirst("section.cite").hasAttr("data-final-author"),
                "a paper whose record names every author has no last author apart");

        String authorsFile = Files.readString(site.resolve("author/ann-member7.bib"));
        assertEquals(2, authorsFile.split("and others}", -1).length - 1, "each of the author's papers, cited alike");
    }
}
