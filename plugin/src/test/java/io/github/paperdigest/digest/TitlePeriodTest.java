package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** DBLP ends every title with a full stop; a page and a citation show the title without it, and keep the title's own. */
class TitlePeriodTest {

    @Test
    void anExportsFullStopIsDropped() {
        assertEquals("Deep Residual Learning for Image Recognition",
                TitlePeriod.strip("Deep Residual Learning for Image Recognition."));
        assertEquals("Attention Is All You Need", TitlePeriod.strip("Attention Is All You Need. "
                .strip()));
        assertEquals("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                TitlePeriod.strip("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding."));
        assertEquals("A Study of $O(n^2)$", TitlePeriod.strip("A Study of $O(n^2)$."));
    }

    @Test
    void aQuestionOrExclamationMarkIsTheTitlesOwnAndAFullStopAfterItIsDropped() {
        assertEquals("Is Attention All You Need?", TitlePeriod.strip("Is Attention All You Need?"));
        assertEquals("Is Attention All You Need?", TitlePeriod.strip("Is Attention All You Need?."));
        assertEquals("Yes, We Can!", TitlePeriod.strip("Yes, We Can!."));
    }

    @Test
    void aFullStopThatBelongsToTheTitleStays() {
        for (String title : new String[] {"Transformers, Diffusion Models, et al.", "Cats, Dogs, etc.",
                "Made in the U.S.", "Toolkits for Language, e.g.", "Acme Inc.", "Xus yus sp. nov.", "Vitamin C.",
                "To Be Continued...", "Wait\u2026", "A Title Without One"}) {
            assertEquals(title, TitlePeriod.strip(title), title);
        }
        assertEquals(".", TitlePeriod.strip("."));
    }
}
