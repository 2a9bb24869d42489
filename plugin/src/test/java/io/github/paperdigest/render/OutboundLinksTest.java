package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.model.Paper;
import io.github.paperdigest.model.PaperId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OutboundLinksTest {

    @Test
    void aNewStyleArxivPaperLinksToItsHuggingFacePage() {
        assertEquals(List.of("https://arxiv.org/abs/2401.09414", "https://huggingface.co/papers/2401.09414"),
                urls(arxivPaper("2401.09414")));
    }

    @Test
    void anOldStyleArxivPaperHasNoHuggingFaceLinkForHuggingFaceHasNoPageForIt() {
        assertEquals(List.of("https://arxiv.org/abs/hep-th/9901001"), urls(arxivPaper("hep-th/9901001")));
    }

    private static Paper arxivPaper(String id) {
        return new Paper(PaperId.ofArxiv(id), "p", "A Title", "An abstract.", false, Optional.of(id), List.of(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), new TreeMap<>(), List.of("2025-01-02"), List.of());
    }

    private static List<String> urls(Paper paper) {
        return OutboundLinks.of(paper).stream().map(Views.ExternalLink::url)
                .filter(u -> !u.contains("/pdf/")).toList();
    }
}
