package io.github.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class OutputNameTest {

    @Test
    void aPlainFolderNameIsTheFolderOfThePaperSite() {
        for (String name : new String[] {"papers", "reading-list", "lecturas", "論文"}) {
            assertDoesNotThrow(() -> PaperDigestMojo.requirePlainFolderName(name), name);
        }
    }

    @Test
    void aNameWithALineBreakIsRefusedAndShownWithItsLineBreakVisible() {
        MojoFailureException refused = assertThrows(MojoFailureException.class,
                () -> PaperDigestMojo.requirePlainFolderName("x\ny"));

        assertEquals("outputName 'x\\ny' must be a plain folder name such as 'papers' (check the 'outputName' parameter)",
                refused.getMessage());
    }

    @Test
    void pathsHiddenFoldersAndEmptyNamesAreRefused() {
        for (String name : new String[] {"", " ", "../papers", "a/b", "a\\b", ".papers", "tab\there"}) {
            assertThrows(MojoFailureException.class, () -> PaperDigestMojo.requirePlainFolderName(name), name);
        }
        assertThrows(MojoFailureException.class, () -> PaperDigestMojo.requirePlainFolderName(null));
    }
}
