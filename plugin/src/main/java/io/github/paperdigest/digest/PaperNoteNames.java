package io.github.paperdigest.digest;

import io.github.paperdigest.model.TextFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper notes of a build by the names a wikilink gives them, as Obsidian finds a note: by its file's name,
 * whatever the case, else by one of its aliases; a file's name goes before another note's alias. A name that two
 * papers' notes share names neither, since the vault alone could tell which is meant (Obsidian, by the folders): the
 * wikilink stays its text, whichever note was read first. Two notes of one paper share their names without
 * ambiguity.
 */
final class PaperNoteNames {

    /** Where a name names papers of two slugs: neither. */
    private static final String AMBIGUOUS = "";

    private final Map<String, String> byFileName = new HashMap<>();
    private final Map<String, String> byAlias = new HashMap<>();

    /** Adds the names of a paper's note: its file's name, then its aliases (see {@code PaperEntry#noteNames}). */
    void add(String slug, List<String> noteNames) {
        for (int i = 0; i < noteNames.size(); i++) {
            (i == 0 ? byFileName : byAlias).merge(key(noteNames.get(i)), slug,
                    (known, other) -> known.equals(other) ? known : AMBIGUOUS);
        }
    }

    /** The slug of the paper whose note has this name, or empty when no paper's note has it or several have. */
    Optional<String> slugOf(String noteName) {
        String key = key(noteName);
        String slug = byFileName.getOrDefault(key, byAlias.get(key));
        return Optional.ofNullable(slug).filter(s -> !s.equals(AMBIGUOUS));
    }

    /**
     * A wikilink's note name as it is compared with a note's file name or alias: whatever the case and the Unicode form
     * (a file name read on macOS is decomposed, a typed link is not).
     */
    private static String key(String noteName) {
        return TextFolding.caseAndFormFolded(noteName.strip());
    }
}
