package io.github.paperdigest.digest;

import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.model.Dois;
import io.github.paperdigest.model.LinkKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zotero's Extra field, "name: value" a line, as its exports carry it (CSL JSON's {@code note}, the "Extra" column of
 * its CSV): the lines that give an identifier the item has no field for are the item's, the rest its metadata. The DOI
 * of an item whose type has no DOI field (a thesis, a report, a chapter: "DOI: 10.17863/CAM.11283"), the arXiv id of
 * a published paper ("arXiv: 2103.07781", "arXiv:1810.04805 [cs]"), and Better BibTeX's "Citation Key: devlin2018bert".
 */
final class ZoteroExtra {

    private static final Pattern CITATION_KEY = Pattern.compile("(?i)\\s*citation\\s+key\\s*:\\s*(\\S+)\\s*");

    private ZoteroExtra() {
    }

    /**
     * Gives the draft what the lines name, and returns the other lines. A DOI line is kept as written where the item
     * has a DOI field of its own ({@code hasDoi}), a citation key line where it has a key.
     */
    static String read(String extra, boolean hasDoi, EntryDraft draft, LinkClassifier classifier) {
        if (extra == null) {
            return null;
        }
        StringBuilder rest = new StringBuilder();
        for (String line : extra.split("\\R")) {
            Optional<String> doi = Dois.parse(line);
            Optional<String> arxivId = ArxivCitation.id(line);
            Matcher key = CITATION_KEY.matcher(line);
            if (doi.isPresent() && !hasDoi) {
                draft.doi(doi.get());
                draft.link(LinkKind.DOI, Dois.url(doi.get()), classifier);
            } else if (arxivId.isPresent()) {
                draft.arxivId(arxivId.get());
            } else if (key.matches() && !draft.hasCitationKey()) {
                draft.citationKey("Citation Key", key.group(1));
            } else {
                rest.append(line).append('\n');
            }
        }
        return rest.toString();
    }
}
