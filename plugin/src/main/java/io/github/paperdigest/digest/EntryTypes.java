package io.github.paperdigest.digest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reference manager's kind of publication in the words a reader of the paper's page knows: RIS's {@code CPAPER},
 * BibTeX's {@code inproceedings}, CSL's {@code paper-conference} and Zotero's {@code conferencePaper} are all a
 * "Conference paper". Each format has its own vocabulary, and one word can mean two things (BibTeX's {@code article}
 * is a journal's, CSL's is a preprint, as Zotero maps its preprints), so each reader asks in its own. A type that says
 * nothing of the paper (RIS's {@code GEN}, BibTeX's {@code misc}, CSL's {@code document}) is left out; one outside the
 * vocabulary is kept as written, for it may be the curator's own word.
 *
 * <p>The site's citation reads the words back to choose between {@code @article} and {@code @inproceedings}
 * ({@code Citation#inJournal}); the words of the journal kinds and the conference kinds are those it knows.
 */
final class EntryTypes {

    static final String JOURNAL_ARTICLE = "Journal article";
    static final String CONFERENCE_PAPER = "Conference paper";
    static final String PREPRINT = "Preprint";
    static final String BOOK_CHAPTER = "Book chapter";
    private static final String NOTHING = "";

    /** CONF is a conference paper too: Zotero writes its conference papers so, and reads CONF back as one, as IEEE does. */
    private static final Map<String, String> RIS = Map.ofEntries(Map.entry("JOUR", JOURNAL_ARTICLE),
            Map.entry("EJOUR", JOURNAL_ARTICLE), Map.entry("JFULL", "Journal issue"), Map.entry("MGZN", "Magazine article"),
            Map.entry("NEWS", "Newspaper article"), Map.entry("CPAPER", CONFERENCE_PAPER),
            Map.entry("CONF", CONFERENCE_PAPER), Map.entry("THES", "Thesis"), Map.entry("CHAP", "Book chapter"),
            Map.entry("ECHAP", "Book chapter"), Map.entry("BOOK", "Book"), Map.entry("EBOOK", "Book"),
            Map.entry("EDBOOK", "Edited book"), Map.entry("RPRT", "Report"), Map.entry("UNPB", "Unpublished work"),
            Map.entry("MANSCPT", "Manuscript"), Map.entry("ELEC", "Web page"), Map.entry("BLOG", "Blog post"),
            Map.entry("DATA", "Dataset"), Map.entry("COMP", "Software"), Map.entry("PAT", "Patent"),
            Map.entry("STAND", "Standard"), Map.entry("SLIDE", "Slides"), Map.entry("VIDEO", "Video"),
            Map.entry("ABST", "Abstract"), Map.entry("GEN", NOTHING));
    private static final Map<String, String> BIBTEX = Map.ofEntries(Map.entry("article", JOURNAL_ARTICLE),
            Map.entry("inproceedings", CONFERENCE_PAPER), Map.entry("conference", CONFERENCE_PAPER),
            Map.entry("proceedings", "Proceedings"), Map.entry("phdthesis", "PhD thesis"),
            Map.entry("mastersthesis", "Master's thesis"), Map.entry("thesis", "Thesis"),
            Map.entry("incollection", "Book chapter"), Map.entry("inbook", "Book chapter"), Map.entry("book", "Book"),
            Map.entry("booklet", "Booklet"), Map.entry("techreport", "Report"), Map.entry("report", "Report"),
            Map.entry("unpublished", "Unpublished work"), Map.entry("manual", "Manual"), Map.entry("online", "Web page"),
            Map.entry("electronic", "Web page"), Map.entry("www", "Web page"), Map.entry("dataset", "Dataset"),
            Map.entry("software", "Software"), Map.entry("patent", "Patent"), Map.entry("misc", NOTHING));
    private static final Map<String, String> CSL = Map.ofEntries(Map.entry("article-journal", JOURNAL_ARTICLE),
            Map.entry("paper-conference", CONFERENCE_PAPER), Map.entry("article", PREPRINT),
            Map.entry("article-magazine", "Magazine article"), Map.entry("article-newspaper", "Newspaper article"),
            Map.entry("thesis", "Thesis"), Map.entry("chapter", "Book chapter"), Map.entry("book", "Book"),
            Map.entry("report", "Report"), Map.entry("manuscript", "Manuscript"), Map.entry("webpage", "Web page"),
            Map.entry("post-weblog", "Blog post"), Map.entry("post", "Post"), Map.entry("dataset", "Dataset"),
            Map.entry("software", "Software"), Map.entry("patent", "Patent"), Map.entry("speech", "Talk"),
            Map.entry("entry-encyclopedia", "Encyclopedia entry"), Map.entry("review", "Review"),
            Map.entry("standard", "Standard"), Map.entry("document", NOTHING));
    /** Zotero's item types, as its CSV export's "Item Type" column writes them. */
    private static final Map<String, String> ZOTERO = Map.ofEntries(Map.entry("journalarticle", JOURNAL_ARTICLE),
            Map.entry("conferencepaper", CONFERENCE_PAPER), Map.entry("preprint", PREPRINT), Map.entry("thesis", "Thesis"),
            Map.entry("booksection", "Book chapter"), Map.entry("book", "Book"), Map.entry("report", "Report"),
            Map.entry("manuscript", "Manuscript"), Map.entry("webpage", "Web page"), Map.entry("blogpost", "Blog post"),
            Map.entry("magazinearticle", "Magazine article"), Map.entry("newspaperarticle", "Newspaper article"),
            Map.entry("dataset", "Dataset"), Map.entry("computerprogram", "Software"), Map.entry("patent", "Patent"),
            Map.entry("presentation", "Talk"), Map.entry("document", NOTHING));

    private static final Set<String> THESES = Set.of("Thesis", "PhD thesis", "Master's thesis");

    private EntryTypes() {
    }

    /**
     * The key under which a record's own words for its kind are kept (BibTeX's {@code type} field, RIS's {@code M3},
     * CSL's {@code genre}, the "Type" column of Zotero's CSV): for a thesis ("Doctoral dissertation") or a report
     * ("Technical report") apart from its kind in words, which decides how the site cites it; for any other kind in
     * its place, as the entry's own word for what it is.
     */
    static String ownWordsKey(String kind) {
        return THESES.contains(kind) ? "thesis type" : "Report".equals(kind) ? "report type" : "type";
    }

    /** RIS's {@code TY}, in words. */
    static Optional<String> ris(String type) {
        return words(RIS, type, type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
    }

    /** A BibTeX entry's type ({@code @inproceedings}), in words. */
    static Optional<String> bibTex(String type) {
        return words(BIBTEX, type, type == null ? "" : type.strip().toLowerCase(Locale.ROOT));
    }

    /** CSL's {@code type}, in words. */
    static Optional<String> csl(String type) {
        return words(CSL, type, type == null ? "" : type.strip().toLowerCase(Locale.ROOT));
    }

    /** Zotero's item type ({@code journalArticle}), in words. */
    static Optional<String> zotero(String type) {
        return words(ZOTERO, type, type == null ? "" : type.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<String> words(Map<String, String> vocabulary, String written, String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String words = vocabulary.get(key);
        return words == null ? Optional.of(written.strip()) : Optional.of(words).filter(w -> !w.isEmpty());
    }
}
