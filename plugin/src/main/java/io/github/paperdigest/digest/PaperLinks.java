package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.MarkdownBlock;
import io.github.paperdigest.model.ArxivIds;
import java.util.Locale;

/**
 * What the layout of a Markdown digest asks of an address: whether it is a paper's page, and whether a reader can go
 * to it at all. Each shape asks it of its links (a table's, a list's, a heading's), and an unread block is said by how
 * many papers it links to: one answer serves them all.
 */
final class PaperLinks {

    private final LinkClassifier classifier;

    PaperLinks(LinkClassifier classifier) {
        this.classifier = classifier;
    }

    /** How many of the block's links are papers' pages. */
    long count(MarkdownBlock b) {
        return b.urls().stream().filter(this::isPaperLink).count();
    }

    /** Whether an address is a paper's page: arXiv's (or another page named by an arXiv id), a DOI, a publisher's. */
    boolean isPaperLink(String url) {
        return ArxivIds.fromUrl(url).isPresent() || classifier.classify(url).isThePaper();
    }

    static boolean isHttp(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
