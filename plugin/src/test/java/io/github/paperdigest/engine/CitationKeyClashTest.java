package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two papers whose curators wrote one citation key, case aside (BibTeX tells keys apart so): the older keeps it and
 * the other is cited by a made key. A curator who cites the key in a paper of their own must hear of it, with both
 * papers, where each is listed, the key and the key the second paper has instead.
 */
class CitationKeyClashTest {

    @TempDir
    Path work;

    @Test
    void aKeyWrittenForTwoPapersIsAWarningNamingBothPapersAndTheKeyTheSecondGets() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("classics.bib"), """
                @article{Vaswani2017,
                  title = {Attention Is All You Need},
                  author = {Vaswani, Ashish and Shazeer, Noam},
                  year = {2017}
                }
                """);
        Files.writeString(digests.resolve("newer.bib"), """
                % copied from a colleague's library

                @article{vaswani2017,
                  title = {Attention Is Not Explanation},
                  author = {Jain, Sarthak and Wallace, Byron},
                  year = {2019}
                }
                """);
        Logged log = new Logged();
        Path site = work.resolve("site");
        new SiteBuilder(log).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());

        List<String> clashes = log.warnings.stream().filter(w -> w.contains("citation key")).toList();
        assertEquals(1, clashes.size(), log.toString());
        String warning = clashes.get(0);
        assertTrue(warning.contains("\"Attention Is All You Need\" (classics.bib:1)"), warning);
        assertTrue(warning.contains("\"Attention Is Not Explanation\" (newer.bib:3)"), warning);
        assertTrue(warning.contains("vaswani2017"), warning);
        assertTrue(warning.contains("cited as jain2019attention"), warning);

        String bib = Files.readString(site.resolve("papers.bib"));
        assertTrue(bib.contains("{Vaswani2017,") && bib.contains("{jain2019attention,"), bib);
    }

    @Test
    void keysThatDifferBeyondCaseAreNoClash() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("refs.bib"), """
                @article{vaswani2017,
                  title = {Attention Is All You Need},
                  author = {Vaswani, Ashish},
                  year = {2017}
                }

                @article{jain2019,
                  title = {Attention Is Not Explanation},
                  author = {Jain, Sarthak},
                  year = {2019}
                }
                """);
        Logged log = new Logged();
        new SiteBuilder(log).build(BuildConfig.builder(digests, work.resolve("site")).similarity(BuildConfig.LEXICAL)
                .build());
        assertTrue(log.warnings.stream().noneMatch(w -> w.contains("citation key")), log.toString());
        assertEquals(2, Jsoup.parse(work.resolve("site/index.html").toFile(), "UTF-8").select(".paper-item-title").size());
    }

    /** IEEE Xplore's keys are article numbers; BibTeX cites them, and so the site's entries keep them. */
    @Test
    void aKeyOfDigitsAloneIsKeptOnThePageAndInTheSitesBibtex() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("xplore.bib"), """
                @ARTICLE{8368309,
                  author={Shen, Jun and Li, Wei},
                  journal={IEEE Transactions on Services Computing},
                  title={Scheduling in the Cloud},
                  year={2021},
                }
                """);
        Logged log = new Logged();
        Path site = work.resolve("site");
        new SiteBuilder(log).build(BuildConfig.builder(digests, site).similarity(BuildConfig.LEXICAL).build());

        assertEquals(List.of(), log.warnings);
        assertTrue(Files.readString(site.resolve("papers.bib")).contains("@article{8368309,"));
        String page = Jsoup.parse(site.resolve("paper/scheduling-in-the-cloud.html").toFile(), "UTF-8")
                .selectFirst(".cite pre.bibtex").text();
        assertTrue(page.startsWith("@article{8368309,"), page);
    }
}
