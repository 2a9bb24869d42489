package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TitleKeyTest {

    @Test
    void caseIsIgnored() {
        assertEquals(TitleKey.of("Video-CCAM: ENHANCING Video"), TitleKey.of("video-ccam: enhancing video"));
    }

    @Test
    void punctuationIsIgnored() {
        assertEquals(TitleKey.of("Video-CCAM: Enhancing Video-Language Understanding!"),
                TitleKey.of("Video CCAM Enhancing Video Language Understanding"));
        assertEquals(TitleKey.of("Vlogger: Make Your Dream A Vlog"), TitleKey.of("\"Vlogger\" — make your dream, a vlog."));
    }

    @Test
    void accentsAreIgnored() {
        assertEquals(TitleKey.of("Café Déjà Vu"), TitleKey.of("Cafe Deja Vu"));
    }

    @Test
    void spacingIsIgnored() {
        assertEquals(TitleKey.of("  Long   Video\tUnderstanding \n"), TitleKey.of("Long Video Understanding"));
    }

    @Test
    void theKeyIsLowerCaseWordsSeparatedBySingleSpaces() {
        assertEquals("video ccam enhancing", TitleKey.of(" Video-CCAM:  Enhancing! "));
    }

    @Test
    void differentWordsGiveDifferentKeys() {
        assertNotEquals(TitleKey.of("Long Video Understanding"), TitleKey.of("Short Video Understanding"));
        assertNotEquals(TitleKey.of("Video LLM 2"), TitleKey.of("Video LLM 3"));
    }

    @Test
    void titlesWithoutLettersOrDigitsAreNotAllTheSame() {
        assertNotEquals(TitleKey.of("🚀🔥💯"), TitleKey.of("😀😀😀"));
        assertNotEquals(TitleKey.of("∑∫∂"), TitleKey.of("…"));
        assertEquals(TitleKey.of("🚀 🔥"), TitleKey.of("  🚀\t🔥 "));
    }

    @Test
    void lettersOfOtherScriptsAreKept() {
        assertNotEquals(TitleKey.of("视频生成"), TitleKey.of("视频理解"));
        assertEquals(TitleKey.of("ΩMEGA"), TitleKey.of("ωmega"));
    }

    /** An ASCII title's key, made in one pass, is its words as {@link TextFolding#words} gives them, joined by spaces. */
    @Test
    void anAsciiTitlesKeyIsItsFoldedWords() {
        java.util.Random random = new java.util.Random(34);
        String alphabet = "aZ9 -:.,'\t\n!_()[]x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder title = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                title.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = title.toString();
            java.util.List<String> words = TextFolding.words(t);
            String expected = words.isEmpty() ? String.join(" ", t.strip().split("\\s+")) : String.join(" ", words);
            assertEquals(expected, TitleKey.of(t), "title '" + t + "'");
        }
    }
}
