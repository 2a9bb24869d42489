package io.github.paperdigest.site;

import java.util.List;

/** A file of {@code paper-data/} and the papers' data it holds, in page order. */
public record PaperDataFile(String path, List<PaperData> papers) {

    public PaperDataFile {
        papers = List.copyOf(papers);
    }
}
