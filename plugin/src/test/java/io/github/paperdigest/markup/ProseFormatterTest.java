package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProseFormatterTest {

    private final ProseFormatter formatter = new ProseFormatter(new LinkFinder());

    @Test
    void htmlInTextIsEscaped() {
        assertEquals("a &lt; b &amp;&amp; c &gt; d, &quot;quoted&quot; &#39;single&#39;",
                formatter.toHtml("a < b && c > d, \"quoted\" 'single'"));
    }

    @Test
    void aScriptInTheTextNeverBecomesATag() {
        String html = formatter.toHtml("Nice <script>alert('x')</script> and <img src=x onerror=alert(1)> too");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    }

    @Test
    void urlsBecomeLinksAndTheSentenceAroundThemStaysText() {
        assertEquals("Code: <a href=\"https://github.com/a/b\" rel=\"nofollow noopener\">https://github.com/a/b</a>.",
                formatter.toHtml("Code: https://github.com/a/b."));
    }

    @Test
    void ampersandsInUrlsAreEscapedInTheLinkAndItsText() {
        assertEquals("<a href=\"https://x.org/?a=1&amp;b=2\" rel=\"nofollow noopener\">https://x.org/?a=1&amp;b=2</a>",
                formatter.toHtml("https://x.org/?a=1&b=2"));
    }

    @Test
    void aUrlCannotBreakOutOfItsAttribute() {
        String html = formatter.toHtml("https://x.org/\"onmouseover=\"alert(1) and https://x.org/'><script>x</script>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("\"onmouseover"), html);
    }

    @Test
    void textWithoutSpecialCharactersIsUnchanged() {
        assertEquals("We study long videos.", formatter.toHtml("We study long videos."));
        assertEquals("", formatter.toHtml(""));
    }
}
