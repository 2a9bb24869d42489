package io.github.paperdigest.digest;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkClassifier;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The digest formats the plugin reads, in the order they are tried: the one place that says which reader
 * reads which file. A file goes to the first reader that takes its extension and recognises its content,
 * so that a format told apart by content (arXiv's listing e-mail among .txt files, CSL JSON among .json
 * files) comes before the format that takes every other file of that extension. Messages and the README
 * name the extensions listed here.
 */
public final class DigestFormats {

    private final List<DigestReader> readers;

    public DigestFormats(List<DigestReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Every format the plugin reads. Readers are stateless: one set serves a whole build, on every thread. */
    public static DigestFormats standard(LinkFinder linkFinder, LinkClassifier linkClassifier, HtmlSanitizer sanitizer) {
        return new DigestFormats(List.of(
                new ArxivListingDigestReader(linkFinder, linkClassifier),
                new PlainTextDigestReader(linkFinder, linkClassifier),
                new MarkdownDigestReader(new MarkdownOutline(sanitizer), linkFinder, linkClassifier),
                new OrgDigestReader(new MarkdownOutline(sanitizer), linkFinder, linkClassifier),
                new CslJsonDigestReader(linkFinder, linkClassifier),
                new HuggingFaceJsonDigestReader(linkFinder, linkClassifier),
                new BibTexDigestReader(linkFinder, linkClassifier),
                new RisDigestReader(linkFinder, linkClassifier),
                new CsvDigestReader(linkFinder, linkClassifier),
                new ArxivJsonLinesDigestReader(linkFinder, linkClassifier),
                new ArxivAtomDigestReader(linkFinder, linkClassifier)));
    }

    public List<DigestReader> readers() {
        return readers;
    }

    /** The reader of the file, or empty when no format takes it. */
    public Optional<DigestReader> readerFor(DigestSource source) {
        for (DigestReader reader : readers) {
            if (reader.handles(source)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /**
     * The formats of the readers that take files of an extension, in the readers' order: a file of that extension none
     * of them recognises ({@code pom.xml}) is told which shapes it is not, not that its extension is unknown.
     */
    public List<String> formatsTaking(String extension) {
        return readers.stream().filter(r -> r.extensions().contains(extension)).map(DigestReader::format).distinct()
                .toList();
    }

    /** Every extension some reader takes, in alphabetical order. */
    public SortedSet<String> extensions() {
        SortedSet<String> all = new TreeSet<>();
        readers.forEach(r -> all.addAll(r.extensions()));
        return Collections.unmodifiableSortedSet(all);
    }

    /** The extensions as a message names them: ".atom, .bib, .json, ...". */
    public String extensionList() {
        return String.join(", ", extensions().stream().map(e -> "." + e).toList());
    }
}
