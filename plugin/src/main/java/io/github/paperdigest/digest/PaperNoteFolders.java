package io.github.paperdigest.digest;

import io.github.paperdigest.model.DigestFile;
import io.github.paperdigest.model.PaperEntry;
import io.github.paperdigest.model.TitleKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper notes of one folder as one digest. A vault keeps a note per paper: a digest per note would make as many
 * digest pages, each repeating one paper. The folder's digest is titled after the folder ("papers" is "Papers"),
 * dated by its newest note (a note's {@code created}, or a date in its file name; a paper's own date dates the paper
 * only), and lists its papers in title order, then by file name, whatever order the files were read in.
 */
final class PaperNoteFolders {

    /** The title of the notes at the top of the digest folder, which has no name of its own. */
    static final String TOP_FOLDER_TITLE = "Paper notes";

    private PaperNoteFolders() {
    }

    /** The digests with each folder's paper notes replaced by one digest, where the folder's first note was. */
    static List<DigestFile> gathered(List<DigestFile> digests) {
        Map<String, List<DigestFile>> notesByFolder = new LinkedHashMap<>();
        for (DigestFile d : digests) {
            if (d.shape().equals(PaperNote.SHAPE)) {
                notesByFolder.computeIfAbsent(folder(d.sourceName()), f -> new ArrayList<>()).add(d);
            }
        }
        if (notesByFolder.isEmpty()) {
            return digests;
        }
        List<DigestFile> out = new ArrayList<>();
        for (DigestFile d : digests) {
            if (!d.shape().equals(PaperNote.SHAPE)) {
                out.add(d);
            } else {
                List<DigestFile> notes = notesByFolder.remove(folder(d.sourceName()));
                if (notes != null) {
                    out.add(folderDigest(folder(d.sourceName()), notes));
                }
            }
        }
        return out;
    }

    private static DigestFile folderDigest(String folder, List<DigestFile> notes) {
        record Noted(PaperEntry entry, String file) {
        }
        List<Noted> papers = new ArrayList<>();
        notes.forEach(n -> n.entries().forEach(e -> papers.add(new Noted(e, n.sourceName()))));
        papers.sort(Comparator.comparing((Noted n) -> TitleKey.of(n.entry().title())).thenComparing(Noted::file));
        Optional<LocalDate> newest = notes.stream().flatMap(n -> n.date().stream()).max(Comparator.naturalOrder());
        return new DigestFile(folder.isEmpty() ? "./" : folder + "/", "markdown", Optional.of(title(folder)), newest,
                Optional.empty(), "", List.of(), papers.stream().map(Noted::entry).toList(), "paper notes",
                papers.stream().map(Noted::file).toList());
    }

    /** The folder's name as words, as a digest file's name is ({@link PaperCatalog#wordsOf}). */
    static String title(String folder) {
        String words = PaperCatalog.wordsOf(folder.substring(folder.lastIndexOf('/') + 1));
        return words.isEmpty() ? TOP_FOLDER_TITLE : words;
    }

    private static String folder(String sourceName) {
        int slash = sourceName.lastIndexOf('/');
        return slash < 0 ? "" : sourceName.substring(0, slash);
    }
}
