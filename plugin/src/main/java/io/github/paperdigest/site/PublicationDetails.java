package io.github.paperdigest.site;

import io.github.paperdigest.model.Editors;
import java.util.Objects;
import java.util.Optional;

/**
 * What the citation of a book, a book's chapter, a thesis or a report names beside its title, author and year, as
 * a reference manager's record gives it; a journal's article or a conference's paper is cited without them.
 *
 * @param isbn        the book's ISBN (BibTeX's {@code isbn}, RIS's {@code SN}, CSL's {@code ISBN}), as written
 * @param edition     the book's edition ("2", "2nd", "Second"), as written
 * @param genre       the kind of thesis or report in the record's own words ("Doctoral dissertation", "Technical
 *                    report"): BibTeX's {@code type} field, RIS's {@code M3}, CSL's {@code genre}
 * @param institution the university of a thesis or the institution of a report (BibTeX's {@code school} and
 *                    {@code institution}), when the record names it apart from a publisher
 * @param editors     the editors of a chapter's book or a paper's proceedings, or of the edited book the work is
 * @param seriesEditors the editors of the series the book, chapter or report is in: no editors of the work or its
 *                    book, and cited as none
 * @param bookAuthors the authors of the book a chapter is in (CSL's container-author, biblatex's bookauthor)
 */
public record PublicationDetails(Optional<String> isbn, Optional<String> edition, Optional<String> genre,
        Optional<String> institution, Editors editors, Editors seriesEditors, Editors bookAuthors) {

    /** A citation that names none of them. */
    public static final PublicationDetails NONE = new PublicationDetails(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** The details of a work whose record names no editor. */
    public PublicationDetails(Optional<String> isbn, Optional<String> edition, Optional<String> genre,
            Optional<String> institution) {
        this(isbn, edition, genre, institution, Editors.NONE);
    }

    /** The details of a work whose record names no series editor and no book author. */
    public PublicationDetails(Optional<String> isbn, Optional<String> edition, Optional<String> genre,
            Optional<String> institution, Editors editors) {
        this(isbn, edition, genre, institution, editors, Editors.NONE, Editors.NONE);
    }

    public PublicationDetails {
        isbn = Objects.requireNonNull(isbn, "isbn").map(String::strip).filter(s -> !s.isEmpty());
        edition = Objects.requireNonNull(edition, "edition").map(String::strip).filter(s -> !s.isEmpty());
        genre = Objects.requireNonNull(genre, "genre").map(String::strip).filter(s -> !s.isEmpty());
        institution = Objects.requireNonNull(institution, "institution").map(String::strip).filter(s -> !s.isEmpty());
        editors = Objects.requireNonNull(editors, "editors");
        seriesEditors = Objects.requireNonNull(seriesEditors, "seriesEditors");
        bookAuthors = Objects.requireNonNull(bookAuthors, "bookAuthors");
    }
}
