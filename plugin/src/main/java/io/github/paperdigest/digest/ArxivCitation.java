package io.github.paperdigest.digest;

import io.github.paperdigest.model.ArxivIds;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field whose whole text cites an arXiv paper, as reference managers write one where they have no field for the
 * id: Google Scholar's "arXiv preprint arXiv:2401.09414", Zotero's "arXiv:2401.09414 [cs]" and "arXiv: 2401.09414",
 * "CoRR abs/2401.09414". Text that only mentions an id among other words cites nothing.
 */
final class ArxivCitation {

    private static final Pattern CITATION = Pattern.compile("(?i)(?:arXiv\\s+preprint\\s+)?arXiv:\\s*(\\S+?)"
            + "(?:\\s*\\[[^\\]]*\\])?|CoRR,?\\s+abs/(\\S+)");

    private ArxivCitation() {
    }

    /** The arXiv id the text cites, when all of it is one citation. */
    static Optional<String> id(String text) {
        Matcher m = CITATION.matcher(text.strip());
        return m.matches() ? ArxivIds.parse(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }
}
