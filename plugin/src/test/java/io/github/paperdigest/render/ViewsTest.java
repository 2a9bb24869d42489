package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewsTest {

    @Test
    void aCountOfPapersAgreesWithItsNoun() {
        assertEquals("1 paper", new Views.TagLink("author/a.html", "A", 1).papers(), "an author's co-author of one paper");
        assertEquals("2 papers", new Views.TagLink("author/a.html", "A", 2).papers());
        assertEquals("", new Views.TagLink("tag/t.html", "T", null).papers());
        assertEquals("paper", new Views.TagLink("tag/t.html", "T", 1).paperNoun(), "said after a tag's count");
        assertEquals("papers", new Views.TagLink("tag/t.html", "T", 2).paperNoun());
    }
}
