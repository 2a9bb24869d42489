package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.PaperEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each structured format's reader makes of its fields. */
class StructuredDigestReadersTest {

    private static final LinkFinder FINDER = new LinkFinder();
    private static final LinkClassifier CLASSIFIER = new LinkClassifier();

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final DigestProblems problems = DigestProblems.strict(w -> warnings.add(w.getMessage()));

    @Test
    void aMarkdownDigestGivesFrontMatterIntroductionMetadataAbstractAndNote() throws IOException {
        DigestFile digest = read(new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()), FINDER, CLASSIFIER),
                "week.md", """
                ---
                title: Reading group, week 12
                date: 2025-03-04
                source: https://huggingface.co/papers?date=2025-03-04
                tags: [reading group]
                notes: Discussed on *Friday*.
                ---
                We read two papers on **video**.

                ## Vlogger: Make Your Dream A Vlog

                - arxiv: arXiv:2401.09414v2
                - authors: Shaobin Zhuang, Kunchang Li and Yali Wang
                - code: [GitHub](https://github.com/zhuangshaobin/Vlogger)
                - project: https://vlogger.github.io
                - pdf: https://arxiv.org/pdf/2401.09414
                - date: 2024-01-17
                - upvotes: 12
                - venue: CVPR 2024
                - tags: video generation, LLM agents

                In this work, we present Vlogger, a generic AI system for generating a minute-level
                video blog (i.e., vlog) of user descriptions, with ``quotes'' and 44\\% of TeX.

                > Worth a read: *Script*, *Actor*, *ShowMaker*.
                > <script>alert(1)</script>

                ## Second Paper

                A second abstract that is long enough to be an abstract of a paper on video models.
                """);
        assertEquals(Optional.of("Reading group, week 12"), digest.title());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), digest.date());
        assertEquals(Optional.of("https://huggingface.co/papers?date=2025-03-04"), digest.sourceUrl());
        assertEquals(List.of("reading group"), digest.tags());
        assertTrue(digest.introHtml().contains("<em>Friday</em>"), digest.introHtml());
        assertTrue(digest.introHtml().contains("<strong>video</strong>"), digest.introHtml());
        assertEquals(2, digest.entries().size());

        PaperEntry vlogger = digest.entries().get(0);
        assertEquals("Vlogger: Make Your Dream A Vlog", vlogger.title());
        assertEquals(10, vlogger.line());
        assertEquals(Optional.of("2401.09414"), vlogger.arxivId());
        assertEquals(List.of("Shaobin Zhuang", "Kunchang Li", "Yali Wang"), vlogger.authors());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 17)), vlogger.published());
        assertEquals(Optional.of(12), vlogger.upvotes());
        assertEquals(Optional.of("CVPR 2024"), vlogger.venue(), "the venue is the paper's, not an extra field");
        assertEquals(List.of("video generation", "LLM agents"), vlogger.tags());
        assertEquals(List.of(new Link(LinkKind.CODE, "https://github.com/zhuangshaobin/Vlogger"),
                new Link(LinkKind.PROJECT, "https://vlogger.github.io"),
                new Link(LinkKind.PDF, "https://arxiv.org/pdf/2401.09414")), vlogger.links());
        assertEquals("In this work, we present Vlogger, a generic AI system for generating a minute-level video blog"
                + " (i.e., vlog) of user descriptions, with “quotes” and 44% of TeX.", vlogger.abstractText());
        assertTrue(vlogger.noteHtml().contains("<em>Script</em>"), vlogger.noteHtml());
        assertFalse(vlogger.noteHtml().contains("<script"), vlogger.noteHtml());
        assertEquals(List.of(), warnings);
    }

    @Test
    void anUnknownFrontMatterKeyIsToldAtItsOwnLineWithTheKeyItMeant() throws IOException {
        read(new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()), FINDER, CLASSIFIER),
                "k.md", "---\ntitle: Week 3\ndate: 2025-03-07\ntgas: [video]\n---\n## A Paper\n\n"
                        + "An abstract that is long enough to be one, about video models and their benchmarks.\n");
        assertEquals(List.of("k.md:4: front matter key 'tgas' is not one the plugin uses (date, description, note,"
                + " notes, source, tags, title); ignored; did you mean 'tags'?"), warnings);
    }

    @Test
    void unknownFrontMatterKeysAndUnusableLinksAreWarnedAboutNotDropped() throws IOException {
        DigestFile digest = read(new MarkdownDigestReader(new MarkdownOutline(new HtmlSanitizer()), FINDER, CLASSIFIER),
                "w.md", "---\ncurator: Ada\n---\n## A Paper\n\n- code: javascript:alert(1)\n- stars: 5\n\n"
                        + "An abstract that is long enough to be one, about video models and their benchmarks.\n");
        assertEquals(List.of("w.md:2: front matter key 'curator' is not one the plugin uses (date, description, note,"
                + " notes, source, tags, title); ignored", "w.md:6: 'javascript:alert(1)' is not an http(s) link; ignored"),
                warnings);
        assertEquals("5", digest.entries().get(0).extra().get("stars"));
        assertEquals(List.of(), digest.entries().get(0).links());
    }

    @Test
    void huggingFaceDailyPapersJsonGivesEveryField() throws IOException {
        DigestFile digest = read(new HuggingFaceJsonDigestReader(FINDER, CLASSIFIER), "daily.json", """
                [
                  {
                    "paper": {
                      "id": "2501.12375",
                      "title": "Video Depth Anything:\\n Consistent Depth Estimation for Super-Long Videos",
                      "summary": "Depth Anything has achieved remarkable success in monocular depth\\nestimation. Code: https://github.com/DepthAnything/Video-Depth-Anything.",
                      "authors": [{"name": "Sili Chen", "hidden": false}, {"name": "Bingyi Kang"}],
                      "publishedAt": "2025-01-21T18:53:30.000Z",
                      "submittedOnDailyAt": "2025-01-22T01:23:45.000Z",
                      "upvotes": 57,
                      "projectPage": "https://videodepthanything.github.io",
                      "ai_keywords": ["monocular depth estimation", "temporal consistency"],
                      "discussionId": "abc"
                    },
                    "publishedAt": "2025-01-21T18:53:30.000Z",
                    "numComments": 3
                  }
                ]
                """);
        assertEquals(Optional.of("Daily Papers"), digest.title());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 22)), digest.date(), "the day it was featured");
        PaperEntry p = digest.entries().get(0);
        assertEquals(2, p.line(), "the line where the item starts");
        assertEquals("Video Depth Anything: Consistent Depth Estimation for Super-Long Videos", p.title());
        assertEquals(Optional.of("2501.12375"), p.arxivId());
        assertEquals(List.of("Sili Chen", "Bingyi Kang"), p.authors());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 21)), p.published());
        assertEquals(Optional.of(57), p.upvotes());
        assertEquals("monocular depth estimation, temporal consistency", p.extra().get("keywords"));
        assertEquals(List.of(new Link(LinkKind.PROJECT, "https://videodepthanything.github.io"),
                new Link(LinkKind.CODE, "https://github.com/DepthAnything/Video-Depth-Anything")), p.links());
    }

    /** A crawler that wrote str(record) for each line (CSQianDong's RAG papers): the fix, not a parser's words alone. */
    @Test
    void linesPythonPrintedInsteadOfJsonAreToldHowToWriteThem() throws IOException {
        Path file = dir.resolve("papers.jsonl");
        Files.writeString(file, "{'arxiv_id': 'arXiv:2503.23299', 'title': 'GRASP', 'abstract': 'Budgets.'}\n",
                StandardCharsets.UTF_8);

        DigestException refused = assertThrows(DigestException.class, () -> new ArxivJsonLinesDigestReader(FINDER,
                CLASSIFIER).read(new DigestSource("papers.jsonl", file), DigestProblems.strict(w -> { })));

        assertEquals(1, refused.line());
        assertTrue(refused.getMessage().contains("not valid JSON: ") && refused.getMessage().endsWith("single quotes are"
                + " how Python prints a dict (str(record)), so write the file with json.dumps(record)"),
                refused.getMessage());
    }

    @Test
    void anArxivRecordIsDatedByItsFirstVersionNotItsLastUpdate() throws IOException {
        DigestFile digest = read(new ArxivJsonLinesDigestReader(FINDER, CLASSIFIER), "snapshot.jsonl",
                "{\"id\": \"hep-th/9901001\", \"title\": \"An old one\", \"abstract\": \"Strings and branes.\","
                        + " \"versions\": [{\"version\": \"v1\", \"created\": \"Fri, 1 Jan 1999 17:30:43 GMT\"},"
                        + " {\"version\": \"v2\", \"created\": \"Tue, 3 Apr 2001 10:00:00 GMT\"}],"
                        + " \"update_date\": \"2001-04-03\"}\n"
                        + "{\"id\": \"2503.17403\", \"title\": \"A new one\", \"abstract\": \"Language models.\","
                        + " \"update_date\": \"2025-03-21\"}\n");

        assertEquals(Optional.of(LocalDate.of(1999, 1, 1)), digest.entries().get(0).published());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 21)), digest.entries().get(1).published(),
                "without versions, the update is the only date there is");
    }

    /**
     * arXiv's comment is its authors' words, as the abstract is: "Project page: …" and "Code: …" there are the paper's
     * own pages, made links of their kind as an abstract's are, in JSON Lines records, Atom feeds and listing e-mails.
     */
    @Test
    void addressesInArxivsCommentAreThePapersLinks() throws IOException {
        DigestFile jsonLines = read(new ArxivJsonLinesDigestReader(FINDER, CLASSIFIER), "2025-03-25.jsonl",
                "{\"id\": \"2503.18462\", \"title\": \"CODA: Repurposing Continuous VAEs for Discrete Tokenization\","
                        + " \"authors\": [\"Zeyu Liu\"], \"summary\": \"Discrete visual tokenizers transform images.\","
                        + " \"abs\": \"https://arxiv.org/abs/2503.18462\", \"comment\": \"Project page:"
                        + " https://lzy-tony.github.io/coda. Code: https://github.com/LeapLabTHU/CODA\"}\n");
        DigestFile atom = read(new ArxivAtomDigestReader(FINDER, CLASSIFIER), "query.atom", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
                  <entry>
                    <id>http://arxiv.org/abs/2503.18462v1</id>
                    <title>CODA: Repurposing Continuous VAEs for Discrete Tokenization</title>
                    <summary>Discrete visual tokenizers transform images.</summary>
                    <author><name>Zeyu Liu</name></author>
                    <arxiv:comment>Project page: https://lzy-tony.github.io/coda. Code: https://github.com/LeapLabTHU/CODA</arxiv:comment>
                  </entry>
                </feed>
                """);

        for (DigestFile digest : List.of(jsonLines, atom)) {
            PaperEntry paper = digest.entries().get(0);
            assertEquals("Project page: https://lzy-tony.github.io/coda. Code: https://github.com/LeapLabTHU/CODA",
                    paper.extra().get("comment"), digest.sourceName());
            assertTrue(paper.links().stream().anyMatch(l -> l.kind() == LinkKind.PROJECT
                    && l.url().equals("https://lzy-tony.github.io/coda")), paper.links() + " in " + digest.sourceName());
            assertTrue(paper.links().stream().anyMatch(l -> l.kind() == LinkKind.CODE
                    && l.url().equals("https://github.com/LeapLabTHU/CODA")), paper.links() + " in " + digest.sourceName());
        }
    }

    @Test
    void arxivJsonLinesRecordsGiveCategoriesAsReadableTags() throws IOException {
        DigestFile digest = read(new ArxivJsonLinesDigestReader(FINDER, CLASSIFIER), "2025-03-25.jsonl",
                "{\"id\": \"2503.17403\", \"title\": \"ChatGPT or A Silent Everywhere Helper\", \"categories\":"
                        + " [\"cs.CL\", \"cs.AI\", \"I.2.7\"], \"authors\": [\"Azim Akhtarshenas\", \"Afshin Dini\"],"
                        + " \"summary\": \"Large Language Models (LLMs) have\\nrevolutionized natural language processing.\","
                        + " \"pdf\": \"https://arxiv.org/pdf/2503.17403\", \"abs\": \"https://arxiv.org/abs/2503.17403\","
                        + " \"comment\": null}\n"
                        + "{\"id\": \"hep-th/9901001\", \"title\": \"An old one\", \"abstract\": \"Strings, branes and"
                        + " other things.\", \"authors\": \"A. One, B. Two and C. Three\", \"categories\": \"hep-th gr-qc\"}\n");
        assertEquals(Optional.of(LocalDate.of(2025, 3, 25)), digest.date());
        PaperEntry first = digest.entries().get(0);
        assertEquals(List.of("Computation and Language", "Artificial Intelligence"), first.tags());
        assertEquals("I.2.7", first.extra().get("ACM classes"));
        assertEquals(List.of("Azim Akhtarshenas", "Afshin Dini"), first.authors());
        assertEquals("Large Language Models (LLMs) have revolutionized natural language processing.", first.abstractText());
        assertEquals(List.of(LinkKind.PDF, LinkKind.PAPER), first.links().stream().map(Link::kind).toList());
        PaperEntry second = digest.entries().get(1);
        assertEquals(2, second.line());
        assertEquals(Optional.of("hep-th/9901001"), second.arxivId());
        assertEquals(List.of("A. One", "B. Two", "C. Three"), second.authors());
        assertEquals(List.of("High Energy Physics - Theory", "General Relativity and Quantum Cosmology"), second.tags());
    }

    @Test
    void arxivAtomFeedEntriesGiveEveryField() throws IOException {
        DigestFile digest = read(new ArxivAtomDigestReader(FINDER, CLASSIFIER), "query.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
                  <title type="html">ArXiv Query: search_query=all:video</title>
                  <entry>
                    <id>http://arxiv.org/abs/2401.09414v1</id>
                    <published>2024-01-17T18:55:12Z</published>
                    <title>Vlogger: Make Your
                      Dream A Vlog</title>
                    <summary>  In this work, we present Vlogger, a generic AI system for $\\alpha$-level vlogs.
                    </summary>
                    <author><name>Shaobin Zhuang</name></author>
                    <author><name>Yali Wang</name><arxiv:affiliation>SJTU</arxiv:affiliation></author>
                    <arxiv:comment>16 pages</arxiv:comment>
                    <link href="http://arxiv.org/abs/2401.09414v1" rel="alternate" type="text/html"/>
                    <link title="pdf" href="http://arxiv.org/pdf/2401.09414v1" rel="related" type="application/pdf"/>
                    <arxiv:primary_category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
                    <category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
                    <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>
                  </entry>
                </feed>
                """);
        assertEquals(Optional.of("ArXiv Query: search_query=all:video"), digest.title());
        PaperEntry p = digest.entries().get(0);
        assertEquals(4, p.line());
        assertEquals("Vlogger: Make Your Dream A Vlog", p.title());
        assertEquals("In this work, we present Vlogger, a generic AI system for α-level vlogs.", p.abstractText());
        assertEquals(Optional.of("2401.09414"), p.arxivId());
        assertEquals(List.of("Shaobin Zhuang", "Yali Wang"), p.authors());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 17)), p.published());
        assertEquals("16 pages", p.extra().get("comment"));
        assertEquals(List.of("Computer Vision and Pattern Recognition", "Artificial Intelligence"), p.tags());
        assertEquals(List.of(LinkKind.PAPER, LinkKind.PDF), p.links().stream().map(Link::kind).toList());
    }

    /**
     * arXiv's mailing draws "%-%-%-" before its cross-lists and "%%%---%%%" after its last entry: a replaced entry
     * there, which has no abstract, was read as an abstract never closed, and the whole listing refused.
     */
    @Test
    void anArxivListingsCrossListAndEndRulesCloseTheirEntries() throws IOException {
        DigestFile listing = read(new ArxivListingDigestReader(FINDER, CLASSIFIER), "listing.txt", """
                ------------------------------------------------------------------------------
                \\\\
                arXiv:2401.09414
                Date: Wed, 17 Jan 2024 18:59:59 GMT   (12345kb)

                Title: Vlogger: Make Your Dream A Vlog
                Authors: Shaobin Zhuang, Kunchang Li
                Categories: cs.CV
                \\\\
                  We present Vlogger, a generic AI system for generating a minute-level video blog.
                \\\\ ( https://arxiv.org/abs/2401.09414 ,  12345kb)
                %-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-
                \\\\
                arXiv:2401.09001 (*cross-listing*)
                Date: Tue, 16 Jan 2024 12:00:00 GMT   (100kb)

                Title: Cross-Listed Learning
                Authors: Ann Lee
                Categories: cs.LG cs.CV
                \\\\ ( https://arxiv.org/abs/2401.09001 ,  100kb)
                %%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%
                \\\\
                arXiv:2312.00001
                replaced with revised version Wed, 17 Jan 2024 10:00:00 GMT   (500kb)

                Title: Replaced Paper on Segmentation
                Authors: Bo Chen
                Categories: cs.CV
                \\\\ ( https://arxiv.org/abs/2312.00001 ,  500kb)
                %%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---
                """);
        assertEquals(List.of("2401.09414", "2401.09001", "2312.00001"),
                listing.entries().stream().map(e -> e.arxivId().orElseThrow()).toList());
        assertEquals(List.of("We present Vlogger, a generic AI system for generating a minute-level video blog.", "", ""),
                listing.entries().stream().map(PaperEntry::abstractText).toList());
    }

    /**
     * arXiv's authors write each one's affiliation or its number in parentheses, and the numbered affiliations after
     * the last name: the names are the authors, where "(2) Stanford University)" was one.
     */
    @Test
    void arxivsAffiliationsInParenthesesAreNoAuthors() throws IOException {
        DigestFile listing = read(new ArxivListingDigestReader(FINDER, CLASSIFIER), "listing.txt", """
                ------------------------------------------------------------------------------
                \\\\
                arXiv:2401.09414
                Date: Wed, 17 Jan 2024 18:59:59 GMT   (12345kb)

                Title: A Paper of Affiliated Authors
                Authors: Jane Smith (1), Bob Jones (1 and 2), Ann Lee (2) ((1) MIT, Cambridge, (2) Stanford
                  University)
                Categories: cs.CV
                \\\\
                  We present a paper whose authors name their affiliations as arXiv asks them to.
                \\\\ ( https://arxiv.org/abs/2401.09414 ,  12345kb)
                ------------------------------------------------------------------------------
                """);
        assertEquals(List.of("Jane Smith", "Bob Jones", "Ann Lee"), listing.entries().get(0).authors());

        DigestFile jsonLines = read(new ArxivJsonLinesDigestReader(FINDER, CLASSIFIER), "snapshot.jsonl",
                "{\"id\": \"0704.0001\", \"title\": \"Calculation of prompt diphoton production\", \"authors\":"
                        + " \"C. Bal\\\\'azs (MSU), E. L. Berger (ANL) and P. M. Nadolsky\", \"abstract\": \"A calculation.\"}\n");
        assertEquals(List.of("C. Balázs", "E. L. Berger", "P. M. Nadolsky"), jsonLines.entries().get(0).authors());
    }

    /**
     * A collaboration that signs a paper alone in parentheses is its author, not an affiliation of nobody: the paper
     * had no author at all.
     */
    @Test
    void anAuthorInParenthesesAloneIsKept() throws IOException {
        DigestFile jsonLines = read(new ArxivJsonLinesDigestReader(FINDER, CLASSIFIER), "snapshot.jsonl",
                "{\"id\": \"0704.0002\", \"title\": \"A measurement\", \"authors\": \"(ATLAS Collaboration)\","
                        + " \"abstract\": \"A measurement.\"}\n");
        assertEquals(List.of("ATLAS Collaboration"), jsonLines.entries().get(0).authors());
    }

    /** arXiv's metadata spells accents as TeX, in titles, names and abstracts alike; formulas stay TeX. */
    @Test
    void arxivListingsJsonLinesAndAtomFeedsDecodeTexAccents() throws IOException {
        DigestFile listing = read(new ArxivListingDigestReader(FINDER, CLASSIFIER), "listing.txt", """
                ------------------------------------------------------------------------------
                \\\\
                arXiv:2401.09415
                Date: Wed, 17 Jan 2024 18:58:00 GMT   (500kb)

                Title: A Study of M\\"obius Transformations and Erd\\H{o}s Numbers
                Authors: J\\"urgen M\\"uller, Fran\\c{c}ois Gar\\c{c}on and Pawe{\\l} Ma{\\l}ecki
                Categories: cs.CV
                \\\\
                  We study M\\"obius transformations of $\\tilde{x}$.
                \\\\ ( https://arxiv.org/abs/2401.09415 ,  500kb)
                ------------------------------------------------------------------------------
                """);
        PaperEntry mobius = listing.entries().get(0);
        assertEquals("A Study of Möbius Transformations and Erdős Numbers", mobius.title());
        assertEquals(List.of("Jürgen Müller", "François Garçon", "Paweł Małecki"), mobius.authors());
        assertEquals("We study Möbius transformations of $\\tilde{x}$.", mobius.abstractText());

        DigestFile jsonLines = read(new ArxivJsonLinesDigestReader(FINDER, CLASSIFIER), "snapshot.jsonl",
                "{\"id\": \"0704.0001\", \"title\": \"On M\\\\\\\"obius functions\", \"authors\":"
                        + " \"C. Bal\\\\'azs, E. L. Berger\", \"abstract\": \"We prove things about M\\\\\\\"obius functions.\"}\n");
        PaperEntry record = jsonLines.entries().get(0);
        assertEquals("On Möbius functions", record.title());
        assertEquals(List.of("C. Balázs", "E. L. Berger"), record.authors());
        assertEquals("We prove things about Möbius functions.", record.abstractText());

        DigestFile atom = read(new ArxivAtomDigestReader(FINDER, CLASSIFIER), "query.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry>
                    <id>http://arxiv.org/abs/2401.09415v1</id>
                    <title>M\\"obius Transformations</title>
                    <summary>By Erd\\H{o}s.</summary>
                    <author><name>Fran\\c{c}ois Gar\\c{c}on</name></author>
                  </entry>
                </feed>
                """);
        PaperEntry entry = atom.entries().get(0);
        assertEquals("Möbius Transformations", entry.title());
        assertEquals("By Erdős.", entry.abstractText());
        assertEquals(List.of("François Garçon"), entry.authors());
    }

    /**
     * Text-mode symbols are their characters, text commands their text, and a command the reader does not know is
     * kept as written, braces and all: jbibtex's printer prints nothing for any of them.
     */
    @Test
    void bibtexTextCommandsAreReadAndUnknownOnesKeptAsWritten() throws IOException {
        DigestFile bib = read(new BibTexDigestReader(FINDER, CLASSIFIER), "refs.bib", """
                @article{a1,
                  title = {Don{\\textquoteright}t {\\em Stop} the {$\\tau$}-Net},
                  author = {Lee, Ji{\\~n}o},
                  year = {2024},
                  doi = {10.1000/a1},
                  abstract = {With 90{\\textdegree} rotations, a {\\textasciitilde}5{\\texttimes} speedup, {$<$}1\\% error and
                    0.5{\\textpm}0.1 on ShapeNet~\\cite{shapenet}. Also \\emph{Stra{\\ss}e}, \\textbf{bold}, $2\\times$ smaller
                    and $4\\times$ faster, \\url{https://github.com/foo/bar} and \\href{https://example.com/proj}{project page}.}
                }
                """);
        PaperEntry p = bib.entries().get(0);
        assertEquals("Don’t Stop the τ-Net", p.title());
        assertEquals("With 90° rotations, a ~5× speedup, <1% error and 0.5±0.1 on ShapeNet \\cite{shapenet}. Also Straße,"
                + " bold, 2× smaller and 4× faster, https://github.com/foo/bar and project page"
                + " (https://example.com/proj).", p.abstractText());
        assertTrue(p.links().contains(new Link(LinkKind.CODE, "https://github.com/foo/bar")), p.links().toString());
        assertTrue(p.links().stream().anyMatch(l -> l.url().equals("https://example.com/proj")), p.links().toString());
    }

    /** A tie made jbibtex's parser refuse the whole run of prose it was in, and its text commands were run together. */
    @Test
    void bibtexTiesAreSpacesAndTextCommandsBesideThemAreStillRead() throws IOException {
        DigestFile bib = read(new BibTexDigestReader(FINDER, CLASSIFIER), "refs.bib", """
                @article{a1,
                  title = {Fig.~1 Is {\\em All} You Need},
                  note = {Code & data: \\textbf{soon} for 50% of {\\em them}},
                  year = {2024},
                  abstract = {Na\\"{\\i}ve, with a tilde~space. Also \\emph{emphasis}, \\textbf{bold} and Ma\\~{n}ana.}
                }
                """);
        PaperEntry p = bib.entries().get(0);
        assertEquals("Fig. 1 Is All You Need", p.title());
        assertEquals("Code & data: soon for 50% of them", p.extra().get("note"), "a sign TeX wants escaped fails its parser too");
        assertEquals("Naïve, with a tilde space. Also emphasis, bold and Mañana.", p.abstractText());
    }

    /**
     * Two entries of one key (a library merged by hand): BibTeX refuses the second, and jbibtex kept one without a word,
     * so a paper vanished. The second is named with the first's line; a lenient build reads the first. The same entry
     * twice, word for word, loses nothing and is not spoken of.
     */
    @Test
    void aSecondEntryOfOneKeyIsAProblemNamingBothLines() throws IOException {
        String twice = """
                @article{vaswani2017,
                  title = {Attention Is All You Need},
                  doi = {10.1000/attention}
                }

                @string{venue = "ACL"}
                @article{Vaswani2017,
                  title = {Attention Is Not Explanation},
                  doi = {10.1000/explanation}
                }
                @article{vaswani2017,
                  title = {Attention Is All You Need},
                  doi = {10.1000/attention}
                }
                """;
        Path file = dir.resolve("merged.bib");
        Files.writeString(file, twice, StandardCharsets.UTF_8);
        DigestSource source = new DigestSource("merged.bib", file);
        List<String> said = new ArrayList<>();
        DigestFile lenient = new BibTexDigestReader(FINDER, CLASSIFIER).read(source,
                DigestProblems.lenient(w -> said.add(w.getMessage())));

        assertEquals(List.of("Attention Is All You Need"), lenient.entries().stream().map(PaperEntry::title).toList());
        assertEquals(List.of("merged.bib:7: the entry key 'Vaswani2017' is the key of the entry at line 1 too (BibTeX"
                + " tells keys apart without case), and a file holds one entry of a key; give this entry a key of its own;"
                + " skipped (strict=false)"), said);
        DigestException strict = assertThrows(DigestException.class, () -> new BibTexDigestReader(FINDER, CLASSIFIER)
                .read(source, DigestProblems.strict(w -> { })));
        assertEquals(7, strict.line(), strict.getMessage());
    }

    @Test
    void anXmlFileThatIsNotAnAtomFeedIsNotTakenForOne() throws IOException {
        Path file = dir.resolve("pom.xml");
        Files.writeString(file, "<project><modelVersion>4.0.0</modelVersion></project>");
        assertFalse(new ArxivAtomDigestReader(FINDER, CLASSIFIER).handles(new DigestSource("pom.xml", file)));
    }

    @Test
    void anAtomFileThatEndsInsideItsDoctypeIsRefusedAsAWholeNotAtLineMinusOne() throws IOException {
        // the parser's location has line -1 at such an end (found by DigestReaderPropertiesTest, seed 8426617395737221244)
        Path file = dir.resolve("cut.atom");
        Files.writeString(file, "<!DOCTYPE feed [\n", StandardCharsets.UTF_8);
        DigestException refused = assertThrows(DigestException.class, () -> new ArxivAtomDigestReader(FINDER, CLASSIFIER)
                .read(new DigestSource("cut.atom", file), DigestProblems.strict(w -> { })));
        assertEquals("cut.atom", refused.sourceName());
        assertEquals(0, refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("cut.atom: not a well-formed Atom feed"), refused.getMessage());
    }

    /**
     * A field without the comma after it, the commonest slip in a hand-edited .bib file: BibTeX's parser meets the next
     * field's name and says only that; the message names the line the comma is missing at.
     */
    @Test
    void aBibTexFieldWithoutItsCommaIsReportedWithTheLineTheCommaIsMissingAt() throws IOException {
        Path file = dir.resolve("refs.bib");
        Files.writeString(file, """
                @article{a2020,
                  title = {First Paper},
                  url = {https://example.org/a}
                }

                @article{b2021,
                  title = {Second Paper}
                  author = {Roe, Richard},
                  url = {https://example.org/b}
                }
                """, StandardCharsets.UTF_8);

        DigestException refused = assertThrows(DigestException.class, () -> new BibTexDigestReader(FINDER, CLASSIFIER)
                .read(new DigestSource("refs.bib", file), DigestProblems.strict(w -> { })));

        assertEquals(8, refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("; is the comma after the field on line 7 missing? Each field but the"
                + " last ends with one"), refused.getMessage());
    }

    /**
     * An Atom feed is read as UTF-8, as every digest is, whatever its XML declaration says: a feed saved again as UTF-8
     * that kept an "ISO-8859-1" declaration was decoded as that, and every accented name came out garbled
     * ("GoodfellÃ³w") without a word.
     */
    @Test
    void anAtomFeedIsReadAsUtf8WhateverItsXmlDeclarationNames() throws IOException {
        Path file = dir.resolve("query.atom");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Réseaux génératifs</title>"
                + "<summary>We propose a new framework.</summary><author><name>Ian Goodfellów</name></author></entry></feed>\n",
                StandardCharsets.UTF_8);

        PaperEntry paper = new ArxivAtomDigestReader(FINDER, CLASSIFIER).read(new DigestSource("query.atom", file), problems)
                .entries().get(0);

        assertEquals("Réseaux génératifs", paper.title());
        assertEquals(List.of("Ian Goodfellów"), paper.authors());
        assertEquals(List.of(), warnings);
    }

    /** A feed in another encoding is refused as any digest is: at the line of the first byte that is not UTF-8, with the fix. */
    @Test
    void anAtomFeedInWindows1252IsRefusedAtItsLineWithTheFix() throws IOException {
        Path file = dir.resolve("latin.atom");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>Réseaux</title>"
                + "<summary>We propose a new framework.</summary></entry></feed>\n", java.nio.charset.Charset.forName("windows-1252"));

        DigestException refused = assertThrows(DigestException.class, () -> new ArxivAtomDigestReader(FINDER, CLASSIFIER)
                .read(new DigestSource("latin.atom", file), DigestProblems.strict(w -> { })));

        assertEquals(3, refused.line(), refused.getMessage());
        assertTrue(refused.getMessage().contains("not valid UTF-8") && refused.getMessage().contains("\"é\" in Windows-1252"),
                refused.getMessage());
    }

    @Test
    void aUtf16AtomFeedIsRefusedAsAUtf16TextDigestIs() throws IOException {
        Path file = dir.resolve("wide.atom");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<entry><title>A</title><summary>We propose a new framework.</summary></entry></feed>\n",
                StandardCharsets.UTF_16);

        DigestException refused = assertThrows(DigestException.class, () -> new ArxivAtomDigestReader(FINDER, CLASSIFIER)
                .read(new DigestSource("wide.atom", file), DigestProblems.strict(w -> { })));

        assertTrue(refused.getMessage().contains("UTF-16") && refused.getMessage().contains("save it as UTF-8"),
                refused.getMessage());
    }

    private DigestFile read(DigestReader reader, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        DigestSource source = new DigestSource(name, file);
        assertTrue(reader.handles(source));
        return reader.read(source, problems);
    }
}
