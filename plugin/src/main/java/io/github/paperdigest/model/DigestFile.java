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
 * @param introHtml  sanitised HTML shown above the paper list, or empty
 * @param tags       tags the digest applies to every paper it lists
 */
public record DigestFile(
        String sourceName,
        String format,
        Optional<String> title,
        Optional<LocalDate> date,
        Optional<String> sourceUrl,
        String introHtml,
        List<String> tags,
        List<PaperEntry> entries) {

    public DigestFile {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        title = Objects.requireNonNull(title, "title");
        date = Objects.requireNonNull(date, "date");
        sourceUrl = Objects.requireNonNull(sourceUrl, "sourceUrl");
        introHtml = introHtml == null ? "" : introHtml;
        tags = WrittenTags.of(tags);
        entries = List.copyOf(entries);
    }
}
