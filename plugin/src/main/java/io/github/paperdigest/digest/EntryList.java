package io.github.paperdigest.digest;

import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.PaperId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one digest, in file order, where an entry that repeats an earlier one of the same paper
 * word for word is not kept twice. A file that repeats one paper a million times then costs the memory
 * of one paper; entries of one paper that differ are all kept, for the catalog to merge.
 */
final class EntryList extends AbstractList<PaperEntry> {

    private final List<PaperEntry> entries = new ArrayList<>();
    private final Map<PaperId, List<PaperEntry>> byPaper = new HashMap<>();

    @Override
    public boolean add(PaperEntry entry) {
        List<PaperEntry> same = byPaper.computeIfAbsent(entry.id(), id -> new ArrayList<>(1));
        for (PaperEntry earlier : same) {
            if (sameContent(earlier, entry)) {
                return false;
            }
        }
        same.add(entry);
        return entries.add(entry);
    }

    @Override
    public PaperEntry get(int index) {
        return entries.get(index);
    }

    @Override
    public int size() {
        return entries.size();
    }

    private static boolean sameContent(PaperEntry a, PaperEntry b) {
        return a.title().equals(b.title()) && a.abstractText().equals(b.abstractText())
                && a.abstractTruncated() == b.abstractTruncated() && a.arxivId().equals(b.arxivId())
                && a.authors().equals(b.authors()) && a.literalAuthors().equals(b.literalAuthors())
                && a.published().equals(b.published()) && a.links().equals(b.links())
                && a.tags().equals(b.tags()) && a.upvotes().equals(b.upvotes()) && a.extra().equals(b.extra())
                && a.noteHtml().equals(b.noteHtml()) && a.doi().equals(b.doi()) && a.venue().equals(b.venue())
                && a.section().equals(b.section()) && a.noteNames().equals(b.noteNames())
                && a.keptCase().equals(b.keptCase());
    }
}
