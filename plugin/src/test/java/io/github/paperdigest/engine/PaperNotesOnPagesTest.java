package io.github.paperdigest.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of paper notes (Obsidian, Zotero Integration): a page per paper with its abstract and the curator's note,
 * and one digest for the folder, titled after it and dated by its newest note, not a digest page per note.
 */
class PaperNotesOnPagesTest {

    @TempDir
    Path work;
    Path site;

    @BeforeEach
    void build() throws IOException {
        Path papers = Files.createDirectories(work.resolve("digests/papers"));
        Files.writeString(papers.resolve("Attention Is All You Need.md"), """
                ---
                title: "Attention Is All You Need"
                authors:
                  - Ashish Vaswani
                  - Noam Shazeer
                year: 2017
                url: https://arxiv.org/abs/1706.03762
                tags: [transformers, "#to-read", nlp/attention]
                aliases: [Transformer paper]
                created: 2024-03-02
                ---

                # Attention Is All You Need

                ## Abstract
                The dominant sequence transduction models are based on complex recurrent or convolutional networks.

                ## Notes
                - Self-attention replaces recurrence. See [[BERT]].
                """);
        Files.writeString(papers.resolve("BERT.md"), """
                ---
                title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
                authors: [Jacob Devlin, Ming-Wei Chang]
                year: 2019
                doi: 10.18653/v1/N19-1423
                tags:
                  - transformers
                created: 2024-03-09
                ---

                We introduce a new language representation model called BERT.

                Builds on [[attention is all you need#Model|the Transformer]], as [[Transformer paper]] says; read
                with [[@radford2019language]]. Ask [[Jacob Devlin]]; ![[BERT figure.png]]
                """);
        Files.writeString(papers.resolve("@radford2019language.md"), """
                ---
                title: Language Models are Unsupervised Multitask Learners
                authors: Radford, Alec; Wu, Jeffrey
                citekey: radford2019gpt2
                year: 2019
                created: 2024-03-05
                ---

                > [!abstract]
                > Natural language processing tasks are typically approached with supervised learning.

                > [!tip] Key idea
                > One model learns many tasks without supervision.
                """);
        site = work.resolve("site");
        new SiteBuilder(BuildLog.silent()).build(BuildConfig.builder(work.resolve("digests"), site)
                .siteTitle("Notes").similarity(BuildConfig.LEXICAL).build());
    }

    @Test
    void eachNoteIsAPaperPageWithItsAbstractAuthorsTagsNoteAndArxivLink() throws IOException {
        Document attention = paperPage("Attention Is All You Need");
        assertEquals("Attention Is All You Need", attention.selectFirst("h1").text());
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer"), attention.select(".paper-head .author").eachText());
        assertEquals("The dominant sequence transduction models are based on complex recurrent or convolutional"
                + " networks.", attention.selectFirst(".abstract-text").text());
        assertEquals("Self-attention replaces recurrence. See BERT. — Papers",
                attention.selectFirst("blockquote.note").text());
        // labelled as every tag is, capitalised; Obsidian's nested tag keeps its slash, its "#" is no part of it
        assertEquals(List.of("Nlp/attention", "To-read", "Transformers"),
                attention.select(".paper-head .tag-list a").eachText().stream().sorted().toList());
        assertTrue(attention.select(".paper-head .meta").text().contains("arXiv:1706.03762"),
                attention.select(".paper-head .meta").text());
        assertTrue(attention.select("ul.paper-links a").eachAttr("href").contains("https://arxiv.org/abs/1706.03762"),
                attention.select("ul.paper-links a").eachAttr("href").toString());

        Document bert = paperPage("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        assertTrue(bert.select(".abstract-text").isEmpty(), "the curator's text is not the abstract");
        assertFalse(bert.select(".no-abstract").isEmpty());
        assertTrue(bert.selectFirst("blockquote.note").text().startsWith("We introduce a new language representation"));

        Document radford = paperPage("Language Models are Unsupervised Multitask Learners");
        assertEquals(List.of("Alec Radford", "Jeffrey Wu"), radford.select(".paper-head .author").eachText());
        assertEquals("Natural language processing tasks are typically approached with supervised learning.",
                radford.selectFirst(".abstract-text").text());
    }

    /** Obsidian's callouts in the note read as a titled quote, not as "[!tip]" written out. */
    @Test
    void aCalloutInTheNoteOpensWithItsTitle() throws IOException {
        Element note = paperPage("Language Models are Unsupervised Multitask Learners").selectFirst("blockquote.note");
        assertEquals("Key idea", note.selectFirst("blockquote > p:first-child > strong").text(), note.outerHtml());
        assertFalse(note.text().contains("[!"), note.text());
        assertTrue(note.text().contains("One model learns many tasks without supervision."), note.text());
    }

    @Test
    void theFolderIsOneDigestTitledAfterItDatedByItsNewestNoteWithItsPapersInTitleOrder() throws IOException {
        Document digests = Jsoup.parse(site.resolve("digests.html").toFile(), "UTF-8");
        List<Element> digestLinks = digests.select("main a[href^=digest/]");
        assertEquals(List.of("Papers"), digestLinks.stream().map(Element::text).distinct().toList());

        Document digest = Jsoup.parse(site.resolve(digestLinks.get(0).attr("href")).toFile(), "UTF-8");
        assertEquals("Papers", digest.selectFirst("h1").text());
        assertEquals("2024-03-09", digest.selectFirst(".page-head time").attr("datetime"));
        assertEquals(List.of("Attention Is All You Need",
                "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                "Language Models are Unsupervised Multitask Learners"),
                digest.select(".paper-item-title a").eachText());
    }

    /** Zotero Integration's and Better BibTeX's key is the one the curator's paper cites with: the entry keeps it. */
    @Test
    void theNotesCitekeyIsTheKeyOfThePapersBibTexEntry() throws IOException {
        Document radford = paperPage("Language Models are Unsupervised Multitask Learners");
        assertTrue(radford.selectFirst("pre.bibtex").text().startsWith("@misc{radford2019gpt2,"),
                radford.selectFirst("pre.bibtex").text());
        assertFalse(radford.select("dl.fields dt").eachText().stream()
                .anyMatch(label -> label.toLowerCase(java.util.Locale.ROOT).contains("key")),
                "the key is in the entry, not repeated among the paper's fields");
    }

    /**
     * A wikilink names a note by its file's name (any case) or an alias, and a paper's note links to its page, from the
     * paper's page and from the folder's digest page alike; a person's note, a missing one or an embed is text.
     */
    @Test
    void aWikilinkToAnotherPaperNoteLinksToThatPapersPageFromEveryPageThatShowsTheNote() throws IOException {
        Document bert = paperPage("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        Element note = bert.selectFirst("blockquote.note");
        assertEquals(List.of("Attention Is All You Need", "Attention Is All You Need",
                "Language Models are Unsupervised Multitask Learners"), linkedTitles(note, site.resolve("paper")));
        assertEquals(List.of("the Transformer", "Transformer paper", "@radford2019language"),
                note.select("a[href$=.html]:not([href^=../digest/])").eachText());
        assertTrue(note.text().contains("Ask Jacob Devlin; BERT figure.png"), note.text());

        Document attention = paperPage("Attention Is All You Need");
        assertEquals(List.of("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
                linkedTitles(attention.selectFirst("blockquote.note"), site.resolve("paper")));

        Document digest = Jsoup.parse(site.resolve("digest").resolve(Jsoup.parse(site.resolve("digests.html").toFile(),
                "UTF-8").selectFirst("main a[href^=digest/]").attr("href").substring("digest/".length())).toFile(), "UTF-8");
        // the notes of Attention Is All You Need, then BERT
        assertEquals(List.of("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                "Attention Is All You Need", "Attention Is All You Need",
                "Language Models are Unsupervised Multitask Learners"),
                digest.select(".note").stream().flatMap(n -> linkedTitles(n, site.resolve("digest")).stream()).toList());
        assertTrue(digest.select(".note a[href]").eachAttr("href").stream().allMatch(h -> h.startsWith("../paper/")));
    }

    /** The titles of the paper pages the links of a note lead to, from the folder of the page that shows it. */
    private static List<String> linkedTitles(Element note, Path folder) {
        return note.select("a[href$=.html]").stream().map(a -> a.attr("href")).filter(h -> h.contains("paper/")
                || !h.contains("/")).map(h -> {
                    try {
                        return Jsoup.parse(folder.resolve(h).normalize().toFile(), "UTF-8").selectFirst("h1").text();
                    } catch (IOException e) {
                        throw new AssertionError("a link to no page: " + h, e);
                    }
                }).toList();
    }

    private Document paperPage(String title) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element link = index.select(".paper-item-title a").stream().filter(a -> a.text().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title + " in " + index.select(".paper-item-title")));
        return Jsoup.parse(site.resolve(link.attr("href")).toFile(), "UTF-8");
    }
}
