package io.github.paperdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @Test
    void wordsAreLowerCasedAndJoinedBySingleHyphens() {
        assertEquals("video-ccam-enhancing-video-language-understanding",
                Slugs.of("Video-CCAM: Enhancing  Video-Language  Understanding!", "x"));
    }

    @Test
    void accentedLettersAreTransliteratedToAscii() {
        assertEquals("cafe-deja-vu-naive-strasse", Slugs.of("Café Déjà-vu, naïve Straße", "x"));
        assertEquals("aeroe-oe-lodz-thorn", Slugs.of("Æroe Œ Łódź Þorn", "x"));
        assertEquals("fine", Slugs.of("ﬁne", "x"), "compatibility ligatures are decomposed");
    }

    @Test
    void apostrophesDoNotSplitAWord() {
        assertEquals("dont-stop", Slugs.of("Don't Stop", "x"));
        assertEquals("dont-stop", Slugs.of("Don’t Stop", "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b\\c", "..", ".", "x.html", "C:\\Windows\\system32",
            "/absolute/path", "..\\..\\up", "name.with.dots", " - . / \\ - ", "\u0000nul\u0000", "a\u2215b"})
    void aSlugNeverContainsPathCharacters(String title) {
        String slug = Slugs.of(title, "fallback");
        assertFalse(slug.contains("/"), slug);
        assertFalse(slug.contains("\\"), slug);
        assertFalse(slug.contains("."), slug);
        assertFalse(slug.isEmpty());
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
    }

    @Test
    void aLongTitleIsCutAtAWordBoundaryWithinTheMaximumLength() {
        String title = "Towards Scalable and Controllable Long Video Generation with Hierarchical Diffusion Transformers"
                + " and Memory Efficient Attention for Arbitrary Durations";
        String full = String.join("-", title.toLowerCase().split(" "));
        String slug = Slugs.of(title, "x");

        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(full.startsWith(slug), slug);
        assertEquals('-', full.charAt(slug.length()), "cut between two words: " + slug);
        assertTrue(slug.length() > Slugs.MAX_LENGTH / 2, "not cut needlessly short: " + slug);
    }

    @Test
    void aSingleOverlongWordIsCutAtTheMaximumLength() {
        String slug = Slugs.of("a".repeat(200), "x");
        assertEquals("a".repeat(Slugs.MAX_LENGTH), slug);
    }

    @Test
    void aSlugThatIsAtMostTheMaximumLengthIsKeptWhole() {
        String title = "word ".repeat(16).strip(); // 16 * 5 - 1 = 79 characters
        assertEquals(title.replace(' ', '-'), Slugs.of(title, "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "Prn", "AUX", "NUL", "COM1", "com9", "LPT1", "lpt9", " Nul! "})
    void windowsReservedNamesAreAvoided(String title) {
        String slug = Slugs.of(title, "x");
        assertFalse(List.of("con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9").contains(slug), slug);
        assertTrue(slug.startsWith(title.strip().replace("!", "").toLowerCase()), slug);
    }

    @Test
    void namesThatMerelyStartLikeAReservedNameAreLeftAlone() {
        assertEquals("console", Slugs.of("Console", "x"));
        assertEquals("com10", Slugs.of("COM10", "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"视频生成", "Ωμέγα", "   ", "…", "!!!", "🎬🎥"})
    void aTitleWithNoAsciiLetterOrDigitGetsTheFallback(String title) {
        assertEquals("paper", Slugs.of(title, "paper"));
    }

    @Test
    void asciiLettersAmongOtherScriptsAreKept() {
        assertEquals("sora-2", Slugs.of("视频 Sora 2 生成", "paper"));
    }

    @Test
    void slugsAreRecognisedAsSlugs() {
        assertTrue(Slugs.isSlug(Slugs.of("Video-CCAM: Enhancing Video-Language Understanding", "x")));
        assertFalse(Slugs.isSlug("Has Spaces"));
        assertFalse(Slugs.isSlug("double--hyphen"));
        assertFalse(Slugs.isSlug("-leading"));
        assertFalse(Slugs.isSlug("Upper"));
        assertFalse(Slugs.isSlug("a.b"));
        assertFalse(Slugs.isSlug(null));
    }

    @Test
    void fingerprintsAreStableShortAndDistinguishTexts() {
        String a = Slugs.fingerprint("title:a", 8);
        assertEquals(a, Slugs.fingerprint("title:a", 8));
        assertEquals(8, a.length());
        assertTrue(a.matches("[0-9a-f]{8}"));
        assertFalse(a.equals(Slugs.fingerprint("title:b", 8)));
    }
}
