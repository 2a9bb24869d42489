package io.github.paperdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader made of one digest file.
 *
 * @param sourceName the file's path relative to the digest folder, with '/' separators
 * @param format     the reader's name for the format ("text", "markdown", ...)
 * @param introHtml  sanitised HTML shown above the paper list, or empty; its wikilinks, as its entries' notes', are
 *                   marked with the note they name (see {@code markup.NoteLinks})
 * @param tags       tags the digest applies to every paper it lists
 * @param shape      how the reader understood the file, in a few words for the debug log ("tables with a
 *                   title column: 3 sections"); empty when the format has one shape only
 * @param entryFiles for a digest gathered from several files (a folder of paper notes), the file each entry was read
 *                   from, in the order of {@code entries}, so that a message names the entry's own file; empty when
 *                   every entry is the file {@code sourceName}'s
 */
public record DigestFile(
        String sourceName,
        String format,
        Optional<String> title,
        Optional<LocalDate> date,
        Optional<String> sourceUrl,
        String introHtml,
        List<String> tags,
        List<PaperEntry> entries,
        String shape,
        List<String> entryFiles) {

    public DigestFile {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        title = Objects.requireNonNull(title, "title");
        date = Objects.requireNonNull(date, "date");
        sourceUrl = Objects.requireNonNull(sourceUrl, "sourceUrl");
        introHtml = introHtml == null ? "" : introHtml;
        tags = WrittenTags.of(tags);
        entries = List.copyOf(entries);
        shape = shape == null ? "" : shape;
        entryFiles = List.copyOf(entryFiles);
        if (!entryFiles.isEmpty() && entryFiles.size() != entries.size()) {
            throw new IllegalArgumentException("a file for each entry, or none: " + entryFiles.size() + " files, "
                    + entries.size() + " entries");
        }
    }

    /** A digest read from one file. */
    public DigestFile(String sourceName, String format, Optional<String> title, Optional<LocalDate> date,
            Optional<String> sourceUrl, String introHtml, List<String> tags, List<PaperEntry> entries, String shape) {
        this(sourceName, format, title, date, sourceUrl, introHtml, tags, entries, shape, List.of());
    }

    /** The file the entry at {@code index} of {@link #entries()} was read from. */
    public String fileOf(int index) {
        return entryFiles.isEmpty() ? sourceName : entryFiles.get(index);
    }

    /** A digest file of a format that has one shape only. */
    public DigestFile(String sourceName, String format, Optional<String> title, Optional<LocalDate> date,
            Optional<String> sourceUrl, String introHtml, List<String> tags, List<PaperEntry> entries) {
        this(sourceName, format, title, date, sourceUrl, introHtml, tags, entries, "");
    }
}
