package io.github.paperdigest.site;

import io.github.paperdigest.model.Paper;
import java.util.Optional;

/**
 * What other pages' scripts are told of a paper (search results, the reading list), and all that their file of
 * {@code paper-data/} is made from: a file is made again only when one of its papers' data changed, not when a
 * paper's page did (its related papers, its neighbours in a digest).
 *
 * @param pagePath the paper's page, from the site root, by which scripts look the paper up
 * @param date     its own date (see {@link PaperDate}), never that of a digest that listed it
 * @param movedTo  for an address the paper's page moved from ({@link MovedPage}), the page's path now: scripts are
 *                 told only that, and keep a reader's mark made at the old address under the new one
 */
public record PaperData(String pagePath, Paper paper, Optional<PaperDate> date, Citation citation,
        Optional<String> movedTo) {

    public PaperData(String pagePath, Paper paper, Optional<PaperDate> date, Citation citation) {
        this(pagePath, paper, date, citation, Optional.empty());
    }
}
