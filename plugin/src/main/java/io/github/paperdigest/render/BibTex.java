package io.github.paperdigest.render;

import io.github.paperdigest.model.AnalysisMemo;
import io.github.paperdigest.model.Editors;
import io.github.paperdigest.model.IdentityKey;
import io.github.paperdigest.model.KeptCase;
import io.github.paperdigest.model.MemoBytes;
import io.github.paperdigest.model.PersonName;
import io.github.paperdigest.model.TexMath;
import io.github.paperdigest.model.TextFolding;
import io.github.paperdigest.site.Bibliography;
import io.github.paperdigest.site.Citation;
import io.github.paperdigest.site.PublicationDetails;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Citations as BibTeX. An arXiv paper is a {@code @misc} with {@code eprint} and {@code archivePrefix}, as arXiv
 * itself suggests; a paper with a venue is an {@code @inproceedings} of a conference or an {@code @article} of a
 * journal, its arXiv id kept, with the volume and pages a digest gives (and a journal's issue {@code number}); so is
 * one with a publisher's DOI and no venue, without a {@code journal} ({@link Citation#kind}). A book, a chapter, a
 * thesis and a report are a {@code @book}, an {@code @incollection}, a {@code @phdthesis} or {@code @mastersthesis}
 * and a {@code @techreport}, with the fields their types ask for. Text
 * is escaped for TeX, except formulas, which are TeX already; the words whose case a digest's curator protected
 * ({@code {Bayesian}}, {@code {von Neumann}}) and capitals inside words of the title ("LLMs", "Video-CCAM") are
 * braced so that styles do not lower them. Files are UTF-8.
 */
public final class BibTex {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};

    /**
     * The entries made so far, by citation: a paper's entry is on its page, in its script data and in about a dozen
     * BibTeX files (its digest's, its tags', hubs' and authors', the whole site's), and is made once for all of them
     * when they share this writer, as a build's files do. Keyed by identity: a build makes each paper's citation once,
     * and the record's own hashCode, which reads every field, was half the cost of the look-up.
     */
    private final Map<IdentityKey<Citation>, String> entries = new ConcurrentHashMap<>();
    /**
     * Where the entries of earlier builds are kept, each under the key of its citation ({@link #keyOf}): the whole
     * site's BibTeX file has every paper's entry, and a build that adds one digest would otherwise format them all.
     */
    private final AnalysisMemo memo;
    private final Function<Citation, String> keyOf;
    /**
     * The memo's key of each citation's entry, by identity: made when the entries are kept ({@link #keepEntriesOf}),
     * and looked up again when the entry is asked for, rather than hashed twice.
     */
    private final Map<IdentityKey<Citation>, String> memoKeys = new ConcurrentHashMap<>();

    /** A writer that makes every entry it is asked for. */
    public BibTex() {
        this(AnalysisMemo.none(), c -> null);
    }

    /**
     * A writer that takes entries from {@code memo} where an earlier build made them, and keeps the entries it makes
     * there. {@code keyOf}: the key of everything a citation holds, which its entry is made from alone.
     */
    public BibTex(AnalysisMemo memo, Function<Citation, String> keyOf) {
        this.memo = memo;
        this.keyOf = keyOf;
    }

    /** The entry of one citation, ending with a newline. */
    public String entry(Citation c) {
        return entries.computeIfAbsent(new IdentityKey<>(c), same -> recalledOrFormatted(same.value()));
    }

    /**
     * Keeps in the memo, for a later build, the entry an earlier build made of each of these citations, whether or not
     * this build asks for it: the current papers' citations. A build asks only for the entries of the files it makes
     * again, and one that makes few (a paper's text changed) would otherwise leave the next, which makes the whole
     * site's BibTeX file again, every other entry to format; the entries of papers that are gone are not kept.
     */
    public void keepEntriesOf(List<Citation> citations) {
        for (Citation c : citations) {
            String key = memoKey(c);
            if (key != null) {
                memo.keep(key);
            }
        }
    }

    private String recalledOrFormatted(Citation c) {
        String key = memoKey(c);
        if (key == null) {
            return format(c);
        }
        return memo.recallOr(key, bytes -> MemoBytes.decode(bytes, MemoBytes.Reader::longText), () -> format(c),
                entry -> new MemoBytes.Writer().longText(entry).bytes());
    }

    /** The key of a citation's entry in the memo, or null when it has none. */
    private String memoKey(Citation c) {
        IdentityKey<Citation> identity = new IdentityKey<>(c);
        String known = memoKeys.get(identity);
        if (known == null) {
            String key = keyOf.apply(c);
            if (key == null) {
                return null;
            }
            known = AnalysisMemo.key("bibtex entry", key);
            memoKeys.putIfAbsent(identity, known);
        }
        return known;
    }

    private static String format(Citation c) {
        StringBuilder out = new StringBuilder(256);
        Citation.Kind kind = c.kind();
        String type = switch (kind) {
            case JOURNAL_ARTICLE -> "article";
            case CONFERENCE_PAPER -> "inproceedings";
            case BOOK -> "book";
            case BOOK_CHAPTER -> "incollection";
            case THESIS -> c.mastersThesis() ? "mastersthesis" : "phdthesis";
            case REPORT -> "techreport";
            case ARXIV_PREPRINT, OTHER -> "misc";
        };
        out.append('@').append(type).append('{').append(c.key()).append(",\n");
        titleAuthorsAndDate(out, c);
        if (kind.isWork()) {
            workFields(out, c, kind);
        } else {
            paperFields(out, c, type);
        }
        identifiers(out, c);
        return out.toString();
    }

    /** What every entry starts with: its title, its authors and editors, and its year and month where they are known. */
    private static void titleAuthorsAndDate(StringBuilder out, Citation c) {
        field(out, "title", title(c.title(), c.keptCase()));
        if (!c.authors().isEmpty()) {
            // "and others", which styles print as "et al.": the first names are not all of them
            field(out, "author", authors(c.authors(), c.literalAuthors()) + (c.moreAuthors() ? " and others" : ""));
        }
        // a chapter's book's editors, an edited book's: its only names when it has no author, as Better BibTeX writes one
        Editors editors = c.details().editors();
        if (!editors.isEmpty()) {
            field(out, "editor", authors(editors.names(), editors.literal()));
        }
        // a chapter's book's authors, biblatex's bookauthor (BibTeX's styles pass over it). The editors of a series have
        // no field in BibTeX or biblatex (whose editora roles are a compiler's, a redactor's, never a series'): they are
        // left out here, not put in editor, which would make them the book's; the RIS record and papers.json keep them
        Editors bookAuthors = c.details().bookAuthors();
        if (!bookAuthors.isEmpty() && c.kind() == Citation.Kind.BOOK_CHAPTER) {
            field(out, "bookauthor", authors(bookAuthors.names(), bookAuthors.literal()));
        }
        c.year().ifPresent(y -> field(out, "year", String.valueOf(y)));
        // the month, as the standard styles' macro (unbraced), when the full date or the year and month are known (the
        // year is then their year)
        c.date().map(java.time.LocalDate::getMonthValue).or(c::month)
                .ifPresent(m -> out.append("  month = ").append(MONTHS[m - 1]).append(",\n"));
    }

    /** What every entry ends with: the identifiers a reader follows (its DOI, its arXiv eprint, its address). */
    private static void identifiers(StringBuilder out, Citation c) {
        c.doi().ifPresent(d -> field(out, "doi", url(d))); // verbatim to biblatex: "coli_a_00001" stays as it is
        c.arxivId().ifPresent(id -> {
            field(out, "eprint", id);
            field(out, "archivePrefix", "arXiv");
            c.primaryClass().ifPresent(p -> field(out, "primaryClass", p));
        });
        c.url().ifPresent(u -> field(out, "url", url(u)));
        out.append("}\n");
    }

    /** An article's or a paper's venue, with the volume, issue and pages a journal's has, and its publisher. */
    private static void paperFields(StringBuilder out, Citation c, String type) {
        c.venue().ifPresent(v -> field(out, type.equals("inproceedings") ? "booktitle" : "journal",
                venue(v, c.keptCase())));
        c.venueVolume().ifPresent(v -> field(out, "volume", escape(v)));
        c.issue().ifPresent(n -> field(out, "number", escape(n)));
        if (c.venue().isPresent()) { // written as the digest gives them ("583--589"), which BibTeX's styles read
            c.pages().ifPresent(p -> field(out, "pages", escape(p)));
        }
        c.publisher().ifPresent(p -> field(out, "publisher", escape(p)));
        c.address().ifPresent(a -> field(out, "address", escape(a)));
    }

    /**
     * The fields of a book's, a chapter's, a thesis's or a report's entry that BibTeX's styles print for its type: a
     * book's publisher, edition and ISBN; a chapter's book ({@code booktitle}) and pages; a thesis's {@code school}
     * and a report's {@code institution} (its publisher where the record names none apart), with their own words for
     * their kind ({@code type}, "Doctoral dissertation") and a report's {@code number}. A book's venue, where a record
     * gives one, is its series.
     */
    private static void workFields(StringBuilder out, Citation c, Citation.Kind kind) {
        PublicationDetails details = c.details();
        switch (kind) {
            case BOOK -> c.venue().ifPresent(v -> field(out, "series", venue(v, c.keptCase())));
            case BOOK_CHAPTER -> {
                c.venue().ifPresent(v -> field(out, "booktitle", venue(v, c.keptCase())));
                c.pages().ifPresent(p -> field(out, "pages", escape(p)));
            }
            default -> {
                details.genre().ifPresent(g -> field(out, "type", escape(g)));
                if (kind == Citation.Kind.REPORT) {
                    c.number().ifPresent(n -> field(out, "number", escape(n)));
                }
            }
        }
        String publisherField = switch (kind) {
            case THESIS -> "school";
            case REPORT -> "institution";
            default -> "publisher";
        };
        c.publishedBy().ifPresent(p -> field(out, publisherField, escape(p)));
        c.address().ifPresent(a -> field(out, "address", escape(a)));
        if (kind.isBook()) {
            details.edition().ifPresent(e -> field(out, "edition", escape(e)));
            details.isbn().ifPresent(i -> field(out, "isbn", escape(i)));
        }
    }

    /**
     * Writes a bibliography: a comment line that says what it is and who wrote it (BibTeX skips text outside
     * entries; the mark lets a later build without a manifest tell the file for its own), then its entries one
     * after another, a blank line between two.
     */
    public void write(Bibliography bibliography, OutputStream out) throws IOException {
        String comment = "% " + bibliography.title().replaceAll("[\\p{Cntrl}@]", " ") + " (generator: Paper Digest)\n";
        out.write(comment.getBytes(StandardCharsets.UTF_8));
        for (Citation citation : bibliography.entries()) {
            out.write('\n');
            out.write(entry(citation).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** The title with TeX escaped outside formulas and words with inner capitals braced. */
    static String title(String title) {
        return title(title, KeptCase.NONE);
    }

    /**
     * The title with TeX escaped outside formulas, the words whose case the digests protect braced as they braced
     * them ({@code {Bayesian}}, {@code {von Neumann}}, see {@link KeptCase}), and other words with inner capitals
     * braced.
     */
    static String title(String title, Set<String> keptCase) {
        return withFormulas(title, keptCase, BibTex::braceInnerCapitals);
    }

    /** A venue as TeX ({@link #escape}), the words whose case the digests protect braced, as in the title. */
    static String venue(String venue, Set<String> keptCase) {
        return withFormulas(venue, keptCase, (text, to) -> to.append(TexText.of(text)));
    }

    /** Formulas whose braces pair kept as written; the rest as {@link #keeping} writes it, with {@code rest}. */
    private static String withFormulas(String text, Set<String> keptCase, BiConsumer<String, StringBuilder> rest) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        if (!mayHoldFormulas(text)) { // most titles: one plain piece, without an escaped dollar
            keeping(text, keptCase, out, rest);
            return out.toString();
        }
        for (TexMath.Piece piece : TexMath.split(text)) {
            if (piece.math() && bracesPair(piece.text())) {
                out.append(piece.text());
            } else {
                keeping(piece.math() ? piece.text() : TexMath.plain(piece.text()), keptCase, out, rest);
            }
        }
        return out.toString();
    }

    /**
     * Text outside formulas as TeX: each word whose case is kept in one brace group, the text between them as
     * {@code rest} writes it. The group starts with a letter or digit ({@link KeptCase#spans}), never with a command,
     * so BibTeX takes it for protected text and not for a "special character" whose case a style changes.
     */
    private static void keeping(String text, Set<String> keptCase, StringBuilder out,
            BiConsumer<String, StringBuilder> rest) {
        int done = 0;
        for (int[] span : KeptCase.spans(text, keptCase)) {
            if (span[0] > done) {
                rest.accept(text.substring(done, span[0]), out);
            }
            out.append('{').append(TexText.of(text.substring(span[0], span[1]))).append('}');
            done = span[1];
        }
        if (done < text.length()) {
            rest.accept(text.substring(done), out);
        }
    }

    /**
     * The text as TeX, each word with a capital after its first letter braced whole ("{LLMs}", "{{$\\beta$}-VAE}").
     * A word with a backslash, a brace, a tilde or a caret is not: their escapes are commands, and a brace group that
     * starts with a command is one of BibTeX's "special characters", whose letters a style would lower all the same.
     * A word that starts with "<", ">", "|" or a straight double quote ("<EOS>", "\"LLMs\""), whose escapes are commands
     * or quotation marks, is braced from its first letter or digit ("\\textless{}{EOS\\textgreater{}}", "``{LLMs''}"):
     * unbraced, a style that lowers a title's words gave "<eos>". A capital after an opening quote is the word's first
     * letter: {@code "Curse"} is not braced.
     */
    private static void braceInnerCapitals(String text, StringBuilder out) {
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            // a capital after an opening quote is the word's first letter, not one inside it
            int quotes = 0;
            while (quotes < word.length() && word.charAt(quotes) == '"') {
                quotes++;
            }
            int from = leadingTextCommands(word);
            boolean inner = false;
            for (int k = Math.max(1, quotes + 1); k < word.length() && !inner; k++) {
                inner = Character.isUpperCase(word.charAt(k)) && word.charAt(k - 1) != '\\';
            }
            if (inner && !hasCommandCharacter(word)) {
                out.append(TexText.of(word.substring(0, from))).append('{').append(TexText.of(word.substring(from)))
                        .append('}');
            } else {
                out.append(TexText.of(word));
            }
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                out.append(' ');
                end++;
            }
            i = end;
        }
    }

    private static boolean hasCommandCharacter(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '^') {
                return true;
            }
        }
        return false;
    }

    /**
     * How many of the word's first characters are "<", ">", "|" or a straight double quote, which TeX writes as
     * commands or quotation marks ({@link TexText}).
     */
    private static int leadingTextCommands(String word) {
        int k = 0;
        while (k < word.length() && "<>|\"".indexOf(word.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    /**
     * Names joined by "and"; a name to be taken whole (an organisation, {@code literal}) or with "and" in it is
     * braced whole, so that BibTeX reads "{Google DeepMind}" as one name and not as G. DeepMind. A name that ends
     * with "Jr." or "III", or whose family name starts with a capital particle, is written "Family, Jr., Given" or
     * "Van Gool, Luc", as BibTeX reads such names: in "Luc Van Gool" it takes "Van" for a given name and sorts and
     * abbreviates the paper's author as "L. V. Gool". A lower-case particle needs no comma: "Theo van Gogh" is read
     * right, and left as written.
     */
    static String authors(List<String> authors, Set<String> literal) {
        StringBuilder out = new StringBuilder();
        for (String author : authors) {
            if (!out.isEmpty()) {
                out.append(" and ");
            }
            String whole = author.strip().replaceAll("\\s+", " ");
            if (literal.contains(author)) {
                out.append('{').append(escape(whole)).append('}');
                continue;
            }
            String name = capitalsBibtexSees(escape(familyFirstWhereNeeded(whole)));
            boolean hasAnd = (" " + name.toLowerCase(Locale.ROOT) + " ").contains(" and ");
            out.append(hasAnd ? "{" + name + "}" : name);
        }
        return out.toString();
    }

    /**
     * A person's name as TeX, each word that starts with a capital kept as UTF-8 (Þ, Ħ, Ð, a Greek or Cyrillic
     * capital: one that has no TeX accent) starting with that letter as a special character, {@code {\\relax Þ}}.
     * BibTeX knows the case of ASCII letters only, and takes a word that starts with any other byte for a lower-case
     * "von" particle: "Þórður Sigurðsson" has no given name and sorts under Þ, and abbrv.bst does not abbreviate it.
     * As a special character the capital is one letter: the word is a given name, and its initial the whole letter
     * ({@code {\\relax Þ}.}), where a brace group without a command ({@code {Þórður}}) would be cut to half a
     * character, which pdfLaTeX refuses. {@code \\relax} sets nothing, and the reader drops it. The family name's own
     * word needs none: BibTeX takes it for the family name whatever its first letter.
     */
    static String capitalsBibtexSees(String name) {
        if (TextFolding.isAscii(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 16);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int next = i + Character.charCount(c);
            // a word, or a part of a hyphenated given name, which BibTeX abbreviates on its own ("J.-P.")
            boolean wordStart = i == 0 || " ~-".indexOf(name.charAt(i - 1)) >= 0;
            if (wordStart && c >= 128 && Character.isUpperCase(c) && !isFamilyName(name, i)) {
                while (next < name.length() && Character.getType(name.charAt(next)) == Character.NON_SPACING_MARK) {
                    next++;
                }
                out.append("{\\relax ").append(name, i, next).append('}');
            } else {
                out.append(name, i, next);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * Whether the word at {@code start} is the one BibTeX always takes for the family name, whatever its case: the
     * name's last word, or the last before its first comma. "Ελένη" alone is left as it is.
     */
    private static boolean isFamilyName(String name, int start) {
        int end = start;
        while (end < name.length() && " ~,".indexOf(name.charAt(end)) < 0) {
            end++;
        }
        return end == name.length() || name.charAt(end) == ',' && name.indexOf(',') == end;
    }

    private static String familyFirstWhereNeeded(String name) {
        PersonName parts = PersonName.of(name);
        return parts.suffix().isEmpty() && !parts.hasCapitalParticle() ? name : parts.bibtex().orElse(name);
    }

    /**
     * Text as TeX ({@link TexText}); formulas kept as they are, except one whose braces do not pair, which is text:
     * BibTeX counts every brace, escaped or not, so one without its partner would end the field early.
     */
    static String escape(String text) {
        if (!mayHoldFormulas(text)) {
            return TexText.of(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (TexMath.Piece piece : TexMath.split(text)) {
            out.append(piece.math() && bracesPair(piece.text()) ? piece.text()
                    : TexText.of(piece.math() ? piece.text() : TexMath.plain(piece.text())));
        }
        return out.toString();
    }

    /** Whether {@link TexMath#split} may find a formula or an escaped dollar: both start with a dollar or a backslash. */
    private static boolean mayHoldFormulas(String text) {
        return text.indexOf('$') >= 0 || text.indexOf('\\') >= 0;
    }

    private static boolean bracesPair(String text) {
        int depth = 0;
        for (int i = 0; i < text.length() && depth >= 0; i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
        return depth == 0;
    }

    /** A URL (or DOI) inside braces, which its own braces, backslashes and spaces would break: they are percent-encoded. */
    private static String url(String url) {
        return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
    }
}
