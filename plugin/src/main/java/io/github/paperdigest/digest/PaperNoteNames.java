package io.github.paperdigest.digest;

import io.github.paperdigest.model.TextFolding;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** For each name, the papers whose notes have it as their file's name: slug, then the note's file. */
    private final Map<String, Map<String, String>> byFileName = new HashMap<>();
    /** For each name, the papers whose notes have it as an alias. */
    private final Map<String, Map<String, String>> byAlias = new HashMap<>();

    /**
     * Adds the names of a paper's note: its file's name, then its aliases (see {@code PaperEntry#noteNames}); {@code
     * noteFile} is the note's file, for a warning that names it.
     */
    void add(String slug, List<String> noteNames, String noteFile) {
        for (int i = 0; i < noteNames.size(); i++) {
            (i == 0 ? byFileName : byAlias).computeIfAbsent(key(noteNames.get(i)), k -> new LinkedHashMap<>())
                    .putIfAbsent(slug, noteFile);
        }
    }

    /** The slug of the paper whose note has this name, or empty when no paper's note has it or several have. */
    Optional<String> slugOf(String noteName) {
        Map<String, String> papers = papersNamed(noteName);
        return papers.size() == 1 ? Optional.of(papers.keySet().iterator().next()) : Optional.empty();
    }

    /**
     * The notes' files of the papers this name names, one for each paper: by their files' name, else by their aliases;
     * none for a name no paper's note has, several for one that names none (see {@link #slugOf}).
     */
    List<String> notesNamed(String noteName) {
        return List.copyOf(papersNamed(noteName).values());
    }

    private Map<String, String> papersNamed(String noteName) {
        String key = key(noteName);
        return byFileName.getOrDefault(key, byAlias.getOrDefault(key, Map.of()));
    }

    /**
     * A wikilink's note name as it is compared with a note's file name or alias: whatever the case and the Unicode form
     * (a file name read on macOS is decomposed, a typed link is not).
     */
    static String key(String noteName) {
        return TextFolding.caseAndFormFolded(noteName.strip());
    }
}
