package io.github.paperdigest.digest;

import io.github.paperdigest.model.Counted;
import io.github.paperdigest.model.PaperEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The papers the layout of a Markdown digest gives, with how many each shape gave and the sections they are in. Every
 * shape (paper headings, linked headings, tables, lists) adds its papers here, so that the digest's shape line, which
 * tells the curator how the file was read, counts them all alike.
 */
final class PapersRead {

    private final Function<EntryDraft, Optional<PaperEntry>> build;
    private final List<PaperEntry> entries;
    private final Map<String, Integer> shapes = new LinkedHashMap<>();
    private final Set<String> sectionTitles = new LinkedHashSet<>();

    /** {@code build} makes a draft's paper, or none when the draft lacks what a paper needs. */
    PapersRead(Function<EntryDraft, Optional<PaperEntry>> build, List<PaperEntry> entries) {
        this.build = build;
        this.entries = entries;
    }

    /** Builds the draft's paper and keeps it, when it is one. */
    void build(EntryDraft draft) {
        build.apply(draft).ifPresent(entries::add);
    }

    void add(Optional<PaperEntry> paper) {
        paper.ifPresent(entries::add);
    }

    void count(String shape, int papers) {
        shapes.merge(shape, papers, Integer::sum);
    }

    void section(String title) {
        sectionTitles.add(title);
    }

    int size() {
        return entries.size();
    }

    Set<String> arxivIds() {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> e.arxivId().ifPresent(ids::add));
        return ids;
    }

    /** "table rows: 240, linked headings: 12, 3 sections". */
    String shape() {
        List<String> parts = new ArrayList<>();
        shapes.forEach((shape, n) -> parts.add(shape + ": " + n));
        if (!sectionTitles.isEmpty()) {
            parts.add(Counted.of(sectionTitles.size(), "section"));
        }
        return String.join(", ", parts);
    }
}
