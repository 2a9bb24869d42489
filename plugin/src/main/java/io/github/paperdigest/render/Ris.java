package io.github.paperdigest.render;

import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.PersonName;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.site.Citation;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Citations as RIS, the tagged format EndNote, RefWorks, Mendeley and Zotero import, for the reader whose reference
 * manager does not read BibTeX well. Written from the same facts as the BibTeX entry and the Highwire tags:
 * <ul>
 * <li>a paper with a venue is a journal article ({@code JOUR}) or a conference paper ({@code CPAPER}), its venue the
 * secondary title, with the volume, issue and pages a digest gives;</li>
 * <li>an arXiv paper with no venue is cited as Google Scholar's RIS cites one, a {@code JOUR} of "arXiv preprint
 * arXiv:2401.01234", which is how the styles these readers use print a preprint; one with a publisher's DOI is no
 * preprint, but the publication that DOI names ({@link Citation#kind}), with no secondary title where no digest names
 * its venue;</li>
 * <li>a book, a chapter, a thesis and a report are {@code BOOK}, {@code CHAP} (the book's title the secondary title),
 * {@code THES} and {@code RPRT}, with the tags Zotero writes for them: edition {@code ET}, ISBN or report number
 * {@code SN}, the kind of thesis or report {@code M3}, and the publisher, university or institution {@code PB}; any
 * other paper is {@code GEN};</li>
 * <li>authors are family name first ("Van den Broeck, Guy"), as RIS asks, and an organisation is written whole with no
 * comma, which the importers take as one name; editors likewise, {@code A2} a chapter's book's (Zotero's tag for
 * them) and {@code ED} an edited book's; the editors of the series a book or report is in {@code A2}, of a chapter's or
 * conference paper's series {@code A3}, and a chapter's book's authors {@code C2}, as Zotero reads them.</li>
 * </ul>
 * Text is as the page's citation tags give it (a formula that reading the digest could not say in words stays TeX),
 * every run of white space one space, so that no value can start a line of its own (a title cannot end the record
 * and start another). Lines end with CR LF, as the format asks.
 */
public final class Ris {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd/");

    private Ris() {
    }

    /** The record of one citation, from {@code TY} to {@code ER}, ending with a line end. */
    public static String entry(Citation c) {
        StringBuilder out = new StringBuilder(256);
        Citation.Kind kind = c.kind();
        String type = switch (kind) {
            case JOURNAL_ARTICLE, ARXIV_PREPRINT -> "JOUR";
            case CONFERENCE_PAPER -> "CPAPER";
            case BOOK -> "BOOK";
            case BOOK_CHAPTER -> "CHAP";
            case THESIS -> "THES";
            case REPORT -> "RPRT";
            case OTHER -> "GEN";
        };
        boolean book = kind.isBook();
        tag(out, "TY", type);
        tag(out, "TI", TexMath.asText(c.title()));
        c.authors().forEach(a -> tag(out, "AU", author(a, c.literalAuthors().contains(a))));
        // editors as Zotero reads them back: A2 a chapter's book's, proceedings' or journal's editors; ED any other's (a
        // book's A2 is its series' editor to Zotero, and ED is the RIS specification's editor in every record)
        String editorTag = c.editorsOfContainer() ? "A2" : "ED";
        Editors editors = c.details().editors();
        editors.names().forEach(e -> tag(out, editorTag, author(e, editors.literal().contains(e))));
        // the series' editors where Zotero reads them as such: a book's and a report's A2, a chapter's and a conference
        // paper's A3 (no other kind has a tag for them); a chapter's book's authors in C2, its "Book Author"
        String seriesTag = switch (kind) {
            case BOOK, REPORT -> "A2";
            case BOOK_CHAPTER, CONFERENCE_PAPER -> "A3";
            default -> null;
        };
        if (seriesTag != null) {
            names(out, seriesTag, c.details().seriesEditors());
        }
        if (kind == Citation.Kind.BOOK_CHAPTER) {
            names(out, "C2", c.details().bookAuthors());
        }
        c.year().ifPresent(y -> tag(out, "PY", String.valueOf(y)));
        c.date().map(DATE::format)
                .or(() -> c.year().flatMap(y -> c.month().map(m -> String.format(java.util.Locale.ROOT, "%d/%02d//", y, m))))
                .ifPresent(d -> tag(out, "DA", d));
        c.venue().map(TexMath::asText)
                .or(() -> c.arxivId().filter(id -> kind == Citation.Kind.ARXIV_PREPRINT).map(id -> "arXiv preprint arXiv:" + id))
                .ifPresent(t2 -> tag(out, "T2", t2));
        c.venueVolume().ifPresent(v -> tag(out, "VL", v));
        c.issue().ifPresent(n -> tag(out, "IS", n));
        // a book's venue (T2) is its series, which has no pages of the book's
        c.pageRange().filter(p -> kind != Citation.Kind.BOOK).ifPresent(p -> {
            tag(out, "SP", p.first());
            p.last().ifPresent(last -> tag(out, "EP", last));
        });
        c.publishedBy().ifPresent(p -> tag(out, "PB", p));
        c.address().ifPresent(a -> tag(out, "CY", a));
        // as Zotero writes them: a book's edition and ISBN, the kind of thesis or report in M3, a report's number in SN
        if (book) {
            c.details().edition().ifPresent(e -> tag(out, "ET", e));
            c.details().isbn().ifPresent(i -> tag(out, "SN", i));
        } else if (kind == Citation.Kind.THESIS || kind == Citation.Kind.REPORT) {
            c.details().genre().or(() -> kind == Citation.Kind.THESIS
                    ? Optional.of(c.mastersThesis() ? "Master's thesis" : "Doctoral dissertation") : Optional.empty())
                    .ifPresent(g -> tag(out, "M3", g));
            c.number().filter(n -> kind == Citation.Kind.REPORT).ifPresent(n -> tag(out, "SN", n));
        }
        c.doi().ifPresent(d -> tag(out, "DO", d));
        c.url().ifPresent(u -> tag(out, "UR", u));
        c.pdfUrl().ifPresent(u -> tag(out, "L1", u));
        if (c.moreAuthors()) { // RIS has no "and others": the note says that the list is not whole
            tag(out, "N1", "Authors after the first " + c.authors().size() + " are not named here.");
        }
        out.append("ER  - \r\n");
        return out.toString();
    }

    /**
     * A name as an {@code AU} line writes it: "LeCun, Yann", "Van den Broeck, Guy", "King, Martin Luther, Jr." (RIS's
     * "Last, First, Suffix"), or an organisation ({@code literal}) whole, with no comma.
     */
    public static String author(String author, boolean literal) {
        return literal ? author.replace(",", "") : PersonName.of(author).familyFirst().orElse(author);
    }

    private static void names(StringBuilder out, String tag, Editors names) {
        names.names().forEach(n -> tag(out, tag, author(n, names.literal().contains(n))));
    }

    private static void tag(StringBuilder out, String tag, String value) {
        String text = oneLine(value.strip());
        if (!text.isEmpty()) {
            out.append(tag).append("  - ").append(text).append("\r\n");
        }
    }

    /**
     * The text with each run of white space, control characters and separators as one space (what the pattern
     * {@code [\s\p{Cntrl}\p{Z}]+} finds): a tag's value is one line. By hand, as every paper page makes its RIS
     * entry, its abstract among its tags, and the pattern, compiled anew at each call, was a sixth of the page's view.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!breaksLine(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && breaksLine(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    /** Of {@code \s}, {@code \p{Cntrl}} (ASCII's control characters) or {@code \p{Z}} (Unicode's separators). */
    private static boolean breaksLine(char c) {
        if (c <= ' ' || c == 0x7F) {
            return true;
        }
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
