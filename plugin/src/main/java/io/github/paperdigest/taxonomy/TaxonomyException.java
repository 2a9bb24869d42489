package io.github.paperdigest.taxonomy;

import io.github.paperdigest.model.PaperDigestException;
import io.github.paperdigest.model.Setting;

/** A taxonomy file that cannot be used as written; names the file and line. */
public class TaxonomyException extends PaperDigestException {

    public TaxonomyException(String sourceName, int line, String problem) {
        this(sourceName, line, problem, null);
    }

    public TaxonomyException(String sourceName, int line, String problem, Throwable cause) {
        super((line > 0 ? sourceName + ":" + line : sourceName) + ": " + problem, cause, Setting.TAXONOMY_FILE);
    }
}
