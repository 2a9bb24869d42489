package io.github.paperdigest.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkFinderTest {

    private final LinkFinder finder = new LinkFinder();

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "Code is at https://github.com/a/b.                 | https://github.com/a/b",
            "See https://github.com/a/b, and more.              | https://github.com/a/b",
            "Is it at https://github.com/a/b?                   | https://github.com/a/b",
            "It is at https://github.com/a/b!                   | https://github.com/a/b",
            "Two parts: https://github.com/a/b; then another    | https://github.com/a/b",
            "Code: https://github.com/a/b: see there            | https://github.com/a/b",
            "Bold *https://github.com/a/b*                      | https://github.com/a/b",
            "Dots https://github.com/a/b...                     | https://github.com/a/b",
            "End of sentence https://github.com/a/b/.           | https://github.com/a/b/",
    })
    void sentencePunctuationAfterAUrlIsNotPartOfIt(String text, String url) {
        assertEquals(List.of(url), urls(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "(code: https://github.com/a/b)                     | https://github.com/a/b",
            "(code: https://github.com/a/b).                    | https://github.com/a/b",
            "[https://github.com/a/b]                           | https://github.com/a/b",
            "([see https://github.com/a/b])                     | https://github.com/a/b",
    })
    void anUnbalancedClosingBracketIsNotPartOfAUrl(String text, String url) {
        assertEquals(List.of(url), urls(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
            "See https://en.wikipedia.org/wiki/Foo_(bar).                 | https://en.wikipedia.org/wiki/Foo_(bar)",
            "(see https://en.wikipedia.org/wiki/Foo_(bar))                | https://en.wikipedia.org/wiki/Foo_(bar)",
            "https://example.org/a[1]/b                                   | https://example.org/a[1]/b",
            "https://example.org/f(x)(y)                                  | https://example.org/f(x)(y)",
    })
    void balancedBracketsInsideAUrlAreKept(String text, String url) {
        assertEquals(List.of(url), urls(text));
    }

    @Test
    void punctuationInsideAUrlIsKept() {
        assertEquals(List.of("https://example.org/a.b/c?x=1,2&y=3#frag:4"),
                urls("Go to https://example.org/a.b/c?x=1,2&y=3#frag:4 now."));
        assertEquals(List.of("http://example.org:8080/x"), urls("at http://example.org:8080/x."));
    }

    @Test
    void everyUrlOfATextIsFoundWithItsPosition() {
        String text = "Code https://github.com/a/b and page https://a.github.io/b/.";
        List<UrlSpan> spans = finder.find(text);
        assertEquals(2, spans.size());
        for (UrlSpan span : spans) {
            assertEquals(span.url(), text.substring(span.start(), span.end()));
        }
        assertEquals("https://a.github.io/b/", spans.get(1).url());
    }

    @Test
    void aUrlEndsAtWhiteSpaceQuotesAndAngleBrackets() {
        assertEquals(List.of("https://a.org/x"), urls("\"https://a.org/x\" is quoted"));
        assertEquals(List.of("https://a.org/x"), urls("<https://a.org/x>"));
        assertEquals(List.of("https://a.org/x", "https://b.org/y"), urls("https://a.org/x\nhttps://b.org/y"));
    }

    @Test
    void aUrlAtTheEndOfATruncatedAbstractDoesNotTakeTheEllipsis() {
        assertEquals(List.of("https://github.com/a/b"), urls("the code is at https://github.com/a/b..."));
        assertEquals(List.of("https://github.com/a/b"), urls("the code is at https://github.com/a/b…"));
    }

    @Test
    void schemesAreMatchedWhateverTheirCase() {
        assertEquals(List.of("HTTPS://github.com/a/b"), urls("see HTTPS://github.com/a/b."));
    }

    @Test
    void aUrlInsideAnotherIsPartOfItAndOnlyAWholeSchemeStartsOne() {
        assertEquals(List.of("https://a.org/?u=http://b.org/x"), urls("see https://a.org/?u=http://b.org/x now"));
        assertEquals(List.of("http://b.org"), urls("://c.org, s://a.org, tp://d.org, ttps://e.org then http://b.org"));
        assertEquals(List.of("Http://a.org", "hTTpS://b.org"), urls("Http://a.org (hTTpS://b.org)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no links here", "ftp://example.org/file", "javascript:alert(1)", "https://localhost/x",
            "https://.org/x", "https:// example.org", "www.example.org without scheme", "mailto:a@b.org",
            "xhttps://example.org/glued"})
    void textWithoutAnHttpUrlHasNoLinks(String text) {
        assertEquals(List.of(), urls(text));
    }

    private List<String> urls(String text) {
        return finder.find(text).stream().map(UrlSpan::url).toList();
    }
}
