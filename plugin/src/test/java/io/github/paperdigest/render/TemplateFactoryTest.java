package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages must not change by a byte because the templates escape values without the library's escaper. */
class TemplateFactoryTest {

    @Test
    void valuesAreEscapedAsMustacheEscapesThem() throws IOException {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; e&#61;f &#96;g&#96;&#10;&#13;&#9;",
                escaped("a <b> & \"c\" 'd' e=f `g`\n\r\t"));
        assertEquals("Über · naïve £ &#0;", escaped("Über · naïve £ \0"));
        assertEquals("", escaped(""));
    }

    @Test
    void anyTextIsEscapedByteForByteAsTheLibraryWould() throws IOException {
        Random random = new Random(11);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x3000)));
            }
            StringWriter library = new StringWriter();
            HtmlEscaper.escape(text.toString(), library);
            assertEquals(library.toString(), escaped(text.toString()), text.toString());
        }
    }

    private static String escaped(String value) throws IOException {
        StringWriter out = new StringWriter();
        TemplateFactory.escape(value, out);
        return out.toString();
    }
}
