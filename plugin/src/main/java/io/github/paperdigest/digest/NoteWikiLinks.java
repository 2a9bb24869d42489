package io.github.paperdigest.digest;

import io.github.paperdigest.model.ListedWarnings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The wikilinks of the curators' notes resolved to papers' pages ({@link PaperNoteNames}, else a paper's title whole:
 * "[[Attention Is All You Need]]" for a paper a library's .bib lists), and a warning for each that
 * was meant as a link to a page and shows as its text: one that names no note of the digest folder (a typo, a note not
 * written yet or renamed), or a name several papers' notes share. A wikilink to a note of the folder that is no paper
 * (a person, a concept) is what its curator meant, and is not spoken of; so is one to an attachment ("slides.pdf"). The
 * folder's notes are known by their files' names alone: an alias of a note that is no paper is not read, and a link by
 * it is warned of.
 */
final class NoteWikiLinks {

    /** A file's extension other than a note's: a wikilink that ends in one names an attachment, not a note. */
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)\\.(?!md$)[a-z][a-z0-9]{1,9}$");

    private final PaperNoteNames papers;
    /** The names (see {@link PaperNoteNames#key}) of every note of the digest folder, papers or not. */
    private final Set<String> folderNotes;
    /** The slug of each paper by its title ({@link PaperNoteNames#key}), a title two papers share left out. */
    private final Map<String, String> titles;
    /** The titles ({@link PaperNoteNames#key}) two papers or more share, which link to none of them. */
    private final Set<String> sharedTitles;
    /** One warning per note and name, in the order met: the key is the note's place and the name's key. */
    private final Map<String, String> warnings = new LinkedHashMap<>();

    NoteWikiLinks(PaperNoteNames papers, Set<String> folderNotes, Map<String, String> titles, Set<String> sharedTitles) {
        this.papers = papers;
        this.folderNotes = Set.copyOf(folderNotes);
        this.titles = Map.copyOf(titles);
        this.sharedTitles = Set.copyOf(sharedTitles);
    }

    /**
     * How the wikilinks of the note written at {@code where} ("papers/BERT.md:1", "digest.md:12") find their papers: the
     * slug of the paper a name names, else empty, the warning kept.
     */
    Function<String, Optional<String>> in(String where) {
        return name -> {
            Optional<String> slug = papers.slugOf(name);
            // a note's name goes first; else the title of a paper on the site whose digest is no note (a library's
            // .bib, a sheet), which a vault has no note of: "[[Attention Is All You Need]]"
            if (slug.isEmpty() && papers.notesNamed(name).isEmpty() && !folderNotes.contains(PaperNoteNames.key(name))) {
                slug = Optional.ofNullable(titles.get(PaperNoteNames.key(name)));
            }
            if (slug.isEmpty()) {
                problem(where, name).ifPresent(w -> warnings.putIfAbsent(where + "\n" + PaperNoteNames.key(name), w));
            }
            return slug;
        };
    }

    private Optional<String> problem(String where, String name) {
        List<String> notes = papers.notesNamed(name);
        if (notes.size() > 1) {
            return Optional.of(where + ": the wikilink [[" + name + "]] names the notes of several papers ("
                    + String.join(", ", notes) + "), so it shows as its text. Rename one of the notes, or keep the"
                    + " alias on one of them only.");
        }
        if (folderNotes.contains(PaperNoteNames.key(name)) || ATTACHMENT.matcher(name).find()) {
            return Optional.empty(); // a note that is no paper, or an attachment: text, as meant
        }
        if (sharedTitles.contains(PaperNoteNames.key(name))) {
            return Optional.of(where + ": the wikilink [[" + name + "]] is the title of several papers, so it shows as its"
                    + " text. To link to one of them, write the name of its note (without .md) or one of its aliases.");
        }
        return Optional.of(where + ": the wikilink [[" + name + "]] names no note in the digest folder, nor a paper's"
                + " title, so it shows as its text. To link to a paper's page, write the name of the paper's note as its"
                + " file's name (without .md) or one of its aliases, or the paper's whole title, or add the note.");
    }

    /** Gives the warnings, at most {@link ListedWarnings#LISTED} of them, then their number. */
    void report(Consumer<String> warn, Consumer<String> debug) {
        ListedWarnings.report(List.copyOf(warnings.values()), "more wikilinks that link to no paper's page", warn,
                debug);
    }

    /** The name a note of the digest folder has for a wikilink: its file's name, without the folders and ".md". */
    static String noteName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return PaperNoteNames.key(name.toLowerCase(Locale.ROOT).endsWith(".md")
                ? name.substring(0, name.length() - 3) : name);
    }
}
