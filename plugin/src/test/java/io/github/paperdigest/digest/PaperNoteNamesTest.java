package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A wikilink's note name finds the paper as Obsidian finds the note: by file name, whatever the case, else by alias. */
class PaperNoteNamesTest {

    private final PaperNoteNames names = new PaperNoteNames();

    @Test
    void aNoteIsNamedByItsFileNameWhateverTheCaseOrUnicodeForm() {
        names.add("bert", List.of("BERT"), "bert.md");
        names.add("cafe", List.of(Normalizer.normalize("Café notes", Normalizer.Form.NFD)), "cafe.md");
        assertEquals(Optional.of("bert"), names.slugOf("BERT"));
        assertEquals(Optional.of("bert"), names.slugOf(" bert "));
        assertEquals(Optional.of("cafe"), names.slugOf("CAFÉ NOTES"));
        assertEquals(Optional.empty(), names.slugOf("BERT 2"));
    }

    @Test
    void anAliasNamesTheNoteUnlessAnotherNoteHasThatFileName() {
        names.add("attention", List.of("Attention Is All You Need", "Transformer paper", "BERT"), "attention.md");
        names.add("bert", List.of("BERT"), "bert.md");
        assertEquals(Optional.of("attention"), names.slugOf("transformer paper"));
        assertEquals(Optional.of("bert"), names.slugOf("BERT"), "a file's name goes before another note's alias");
    }

    @Test
    void aNameTwoPapersNotesShareNamesNeitherWhateverTheOrderButTwoNotesOfOnePaperDo() {
        names.add("a", List.of("Notes", "Shared alias"), "a.md");
        names.add("b", List.of("notes", "shared ALIAS"), "b.md");
        names.add("c", List.of("Same paper"), "c.md");
        names.add("c", List.of("Same Paper"), "c.md");
        assertEquals(Optional.empty(), names.slugOf("Notes"));
        assertEquals(Optional.empty(), names.slugOf("Shared alias"));
        assertEquals(Optional.of("c"), names.slugOf("same paper"));
        assertEquals(List.of("a.md", "b.md"), names.notesNamed("NOTES"), "the notes a warning names");
        assertEquals(List.of(), names.notesNamed("Nothing"));
    }
}
