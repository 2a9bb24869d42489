package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperDigestException;

/** A taxonomy file that cannot be used as written; names the file and line. */
public class TaxonomyException extends PaperDigestException {

    public TaxonomyException(String sourceName, int line, String problem) {
        super((line > 0 ? sourceName + ":" + line : sourceName) + ": " + problem);
    }

    public TaxonomyException(String sourceName, int line, String problem, Throwable cause) {
        super((line > 0 ? sourceName + ":" + line : sourceName) + ": " + problem, cause);
    }
}
