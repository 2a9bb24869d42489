package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.Link;
import io.github.paperdigest.model.LinkKind;
import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The buttons of a paper's page that lead out of the site: each says where it leads, and no two say the same. */
class OutboundLinksTest {

    private static Paper paper(List<Link> links) {
        return new Paper(new PaperId("title:a"), "a", "A Paper", "About it.", false, Optional.empty(), List.of(),
                Optional.empty(), links, List.of(), Optional.empty(), new TreeMap<>(), List.of("2025-01-02"), List.of());
    }

    private static List<String> labels(List<Link> links) {
        return OutboundLinks.of(paper(links)).stream().map(Views.ExternalLink::label).toList();
    }

    @Test
    void aNewStyleArxivPaperLinksToItsHuggingFacePage() {
        assertEquals(List.of("https://arxiv.org/abs/2401.09414", "https://huggingface.co/papers/2401.09414"),
                urls(arxivPaper("2401.09414")));
    }

    @Test
    void anOldStyleArxivPaperHasNoHuggingFaceLinkForHuggingFaceHasNoPageForIt() {
        assertEquals(List.of("https://arxiv.org/abs/hep-th/9901001"), urls(arxivPaper("hep-th/9901001")));
    }

    @Test
    void aPaperWithAnArxivIdLeavesOutItsOwnArxivPagesInAnyFormButLinksOtherPapersOnArxiv() {
        Paper paper = arxivPaper("2401.00001", List.of(new Link(LinkKind.PAPER, "http://export.arxiv.org/abs/2401.00001v2"),
                new Link(LinkKind.PAPER, "https://arxiv.org/abs/2401.00001v1"),
                new Link(LinkKind.PDF, "https://arxiv.org/pdf/2401.00001v3.pdf"),
                Link.inText(LinkKind.PAPER, "https://arxiv.org/abs/1706.03762"),
                Link.inText(LinkKind.PDF, "https://arxiv.org/pdf/2310.00001v2")));

        assertEquals(List.of("https://arxiv.org/pdf/2401.00001v3.pdf", "https://arxiv.org/abs/2401.00001",
                "https://huggingface.co/papers/2401.00001", "https://arxiv.org/abs/1706.03762",
                "https://arxiv.org/pdf/2310.00001v2"), OutboundLinks.of(paper).stream().map(Views.ExternalLink::url).toList());
    }

    private static Paper arxivPaper(String id) {
        return arxivPaper(id, List.of());
    }

    private static Paper arxivPaper(String id, List<Link> links) {
        return new Paper(PaperId.ofArxiv(id), "p", "A Title", "An abstract.", false, Optional.of(id), List.of(),
                Optional.empty(), links, List.of(), Optional.empty(), new TreeMap<>(), List.of("2025-01-02"), List.of());
    }

    private static List<String> urls(Paper paper) {
        return OutboundLinks.of(paper).stream().map(Views.ExternalLink::url)
                .filter(u -> !u.contains("/pdf/")).toList();
    }

    @Test
    void twoLinksOfOneKindOnOtherSitesAreToldApartByTheirSites() {
        assertEquals(List.of("Code", "Video (youtube.com)", "Video (bilibili.com)", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.VIDEO, "https://www.youtube.com/watch?v=x"),
                        new Link(LinkKind.VIDEO, "https://www.bilibili.com/video/y"))));
    }

    @Test
    void twoLinksOfOneKindOnOneSiteAreNumbered() {
        assertEquals(List.of("Video 1", "Video 2", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.VIDEO, "https://www.youtube.com/watch?v=x"),
                        new Link(LinkKind.VIDEO, "https://youtube.com/watch?v=y"))));
    }

    /** "Code 1" and "Code 2" said nothing of where they lead to a screen reader listing the page's links. */
    @Test
    void twoRepositoriesAreToldApartByTheirOwnersAndNamesWhateverTheHost() {
        assertEquals(List.of("Code (a/b)", "Code (c/d)", "Code (g/sub/e)", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.CODE, "https://www.github.com/c/d.git"),
                        new Link(LinkKind.CODE, "https://gitlab.com/g/sub/e/-/tree/main"))));
        assertEquals(List.of("Model (a/m1)", "Model (a/m2)", "Dataset (x/y)", "Dataset (x/z)", "Search arXiv",
                "Google Scholar"), labels(List.of(new Link(LinkKind.MODEL, "https://huggingface.co/a/m1"),
                        new Link(LinkKind.MODEL, "https://huggingface.co/a/m2/tree/main"),
                        new Link(LinkKind.DATASET, "https://huggingface.co/datasets/x/y"),
                        new Link(LinkKind.DATASET, "https://huggingface.co/datasets/x/z"))));
    }

    @Test
    void aRepositoryAndALinkElsewhereOfOneKindSayTheRepositoryAndTheSite() {
        assertEquals(List.of("Code (a/b)", "Code (example.org)", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.CODE, "https://example.org/code.zip"))));
    }

    @Test
    void aRepositorysNameIsShownAsItsAddressWritesItNotDecodedIntoAnotherName() {
        assertEquals(List.of("Code (a/b%2Fc)", "Code (a/d%E2%80%AEfig.exe)", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.CODE, "https://github.com/a/b%2Fc"),
                        new Link(LinkKind.CODE, "https://github.com/a/d%E2%80%AEfig.exe"))));
    }

    @Test
    void twoLinksIntoOneRepositoryAreNumberedForNothingElseTellsThemApart() {
        assertEquals(List.of("Code 1", "Code 2", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.CODE, "https://github.com/a/b/tree/dev"))));
    }

    @Test
    void aLinkThatIsTheOnlyOneOfItsKindKeepsItsPlainLabel() {
        assertEquals(List.of("Code", "Project page", "Search arXiv", "Google Scholar"),
                labels(List.of(new Link(LinkKind.CODE, "https://github.com/a/b"),
                        new Link(LinkKind.PROJECT, "https://a.github.io/b"))));
    }
}
