package io.github.paperdigest.digest;

import io.github.paperdigest.model.ArxivIds;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field whose whole text cites an arXiv paper, as reference managers write one where they have no field for the
 * id: Google Scholar's "arXiv preprint arXiv:2401.09414", Zotero's "arXiv:2401.09414 [cs]" and "arXiv: 2401.09414",
 * "CoRR abs/2401.09414", and Google Scholar's old-style "arXiv preprint math/0211159"; Semantic Scholar's journal
 * "ArXiv" with its volume "abs/1810.04805". Text that only mentions an id among other words cites nothing.
 */
final class ArxivCitation {

    // Google Scholar writes an old-style id without its "arXiv:": "arXiv preprint math/0211159"
    private static final Pattern CITATION = Pattern.compile("(?i)(?:arXiv\\s+preprint\\s+(?:arXiv:\\s*)?|arXiv:\\s*)"
            + "(\\S+?)(?:\\s*\\[[^\\]]*\\])?|CoRR,?\\s+abs/(\\S+)");
    /** Semantic Scholar's volume of an arXiv paper in the journal "ArXiv": "abs/1810.04805". */
    private static final Pattern ABS_VOLUME = Pattern.compile("(?i)abs/(\\S+)");

    /** Where an arXiv paper is posted ("arXiv preprint", "arXiv e-prints"), which names no venue. */
    private static final Pattern ARXIV_ALONE = Pattern.compile("(?i)arxiv(?:\\s+(?:preprint|e-?prints?))?");

    private ArxivCitation() {
    }

    /** Whether the text names arXiv alone, no paper of it: a venue that is none. */
    static boolean namesArxivAlone(String text) {
        return ARXIV_ALONE.matcher(text.strip()).matches();
    }

    /** The arXiv id the text cites, when all of it is one citation. */
    static Optional<String> id(String text) {
        Matcher m = CITATION.matcher(text.strip());
        return m.matches() ? ArxivIds.parse(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** The arXiv id a journal that names arXiv alone and its volume cite together: "ArXiv", "abs/1810.04805". */
    static Optional<String> id(String journal, String volume) {
        Matcher m = ABS_VOLUME.matcher(volume.strip());
        return namesArxivAlone(journal) && m.matches() ? ArxivIds.parse(m.group(1)) : Optional.empty();
    }
}
