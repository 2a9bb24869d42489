package io.github.paperdigest.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.paperdigest.markup.HtmlSanitizer;
import io.github.paperdigest.markup.LinkFinder;
import io.github.paperdigest.markup.MarkdownOutline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Org's inline markup, as the site shows it: what it means, never its markers, never HTML it was given. */
class OrgMarkupTest {

    private static final OrgMarkup MARKUP = new OrgMarkup(new LinkFinder());
    private static final MarkdownOutline OUTLINE = new MarkdownOutline(new HtmlSanitizer());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            *bold* text                    | <p><strong>bold</strong> text</p>
            (/italic/)                     | <p>(<em>italic</em>)</p>
            *bold /and italic/*            | <p><strong>bold <em>and italic</em></strong></p>
            =a*b*c= and ~x_1~              | <p><code>a*b*c</code> and <code>x_1</code></p>
            and/or, 2*3*4, snake_case      | <p>and/or, 2*3*4, snake_case</p>
            * not bold *                   | <p>* not bold *</p>
            C++ and C++                    | <p>C++ and C++</p>
            <b>x</b> & #1 [y] `z`          | <p>&lt;b&gt;x&lt;/b&gt; &amp; #1 [y] `z`</p>
            [[https://a.org/x][*the* page]] | "<p><a href=""https://a.org/x"" rel=""nofollow noopener""><strong>the</strong> page</a></p>"
            [[javascript:alert(1)][click]]  | <p>click</p>
            [[file:notes/paper.pdf]]       | <p>notes/paper.pdf</p>
            [cite:@vaswani2017]            | <p>@vaswani2017</p>
            costs $5 and $10               | <p>costs $5 and $10</p>
            """)
    void orgMarkupIsShownAsWhatItMeans(String org, String html) {
        assertEquals(html, OUTLINE.html(MARKUP.markdown(org)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Attention Is /All/ You Need            | Attention Is All You Need
            [[https://arxiv.org/abs/1706.03762][Attention]] | Attention
            The =<init>= token and $x_1$           | The <init> token and $x_1$
            """)
    void aTitleIsItsPlainWords(String org, String plain) {
        assertEquals(plain, MARKUP.plain(org));
    }
}
