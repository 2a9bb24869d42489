package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.testing.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest is titled by what it says of itself; where its format says nothing (BibTeX, RIS, CSL JSON, spreadsheets,
 * a Markdown or text file without a title or heading), by the words of its file's name, which are the user's name for
 * it: "2025-02-10-classics.bib" was "Digest of 2025-02-10", its words dropped. Its address stays its file's name.
 */
class DigestTitlesTest {

    @TempDir
    Path work;

    @Test
    void aDigestWhoseFormatGivesNoTitleIsTitledByTheWordsOfItsFileNameWithoutTheDate() throws IOException {
        Path digests = Files.createDirectories(work.resolve("digests"));
        Files.writeString(digests.resolve("2025-02-10-classics.bib"), """
                @article{vaswani2017, title = {Attention Is All You Need}, author = {Vaswani, Ashish}, year = {2017},
                  eprint = {1706.03762}, archiveprefix = {arXiv}}
                """);
        Files.writeString(digests.resolve("reading_group.csv"), """
                Title,Link
                Deep Residual Learning for Image Recognition,https://arxiv.org/abs/1512.03385
                """);
        Files.writeString(digests.resolve("2025-02-12-NeurIPS-picks.md"), """
                - [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) - Jonathan Ho, Ajay Jain. NeurIPS, 2020.
                - [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) - Tom Brown. NeurIPS, 2020.
                """);
        Files.writeString(digests.resolve("2025-02-14.ris"), """
                TY  - JOUR
                TI  - Highly accurate protein structure prediction with AlphaFold
                AU  - Jumper, John
                PY  - 2021
                DO  - 10.1038/s41586-021-03819-2
                ER  -
                """);
        // the format's own title wins over the file's words
        Files.writeString(digests.resolve("2025-01-22-hf-daily-papers.json"), """
                [{"paper": {"id": "2501.12375", "title": "Video Depth Anything: Consistent Depth Estimation for Super-Long Videos",
                  "summary": "Depth Anything has achieved remarkable success in monocular depth estimation."},
                  "publishedAt": "2025-01-22T03:00:00.000Z"}]
                """);
        Path site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(digests, site).siteTitle("Titles")
                .similarity(BuildConfig.LEXICAL).build());

        assertEquals("Classics", title(site, "2025-02-10-classics"));
        assertEquals("10 Feb 2025", SiteFiles.parse(site, "digest/2025-02-10-classics.html")
                .selectFirst("main time").text(), "the date is the digest's still, shown beside its title");
        assertEquals("Reading group", title(site, "reading-group"));
        assertEquals("NeurIPS picks", title(site, "2025-02-12-neurips-picks"), "a name's own capitals are kept");
        assertEquals("Digest of 2025-02-14", title(site, "2025-02-14"), "a name that is a date alone");
        assertEquals("Daily Papers", title(site, "2025-01-22-hf-daily-papers"));

        Document archive = SiteFiles.parse(site, "digests.html");
        assertEquals(List.of("Digest of 2025-02-14", "NeurIPS picks", "Classics", "Daily Papers", "Reading group"),
                archive.select("ul.digest-list li > a").eachText());
    }

    private static String title(Path site, String slug) throws IOException {
        return SiteFiles.parse(site, "digest/" + slug + ".html").selectFirst("main h1").text();
    }
}
