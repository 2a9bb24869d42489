package io.github.paperdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    @Test
    void aPageIsEscapedInOnePassToTheBytesOfTheLibrarysEscaping() throws IOException {
        Random random = new Random(13);
        TemplateFactory factory = new TemplateFactory(name -> null, null);
        for (int t = 0; t < 2_000; t++) {
            StringWriter library = new StringWriter();
            Utf8BufferWriter page = new Utf8BufferWriter(8);
            // values and text one after another, so that a surrogate pair may be split between a value and the text
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                StringBuilder text = new StringBuilder();
                // short values and long ones, which are escaped from their encoded bytes
                for (int i = random.nextInt(random.nextBoolean() ? 40 : 400); i > 0; i--) {
                    text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x80)
                            : random.nextInt(3) == 0 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x3000)));
                }
                if (random.nextBoolean()) {
                    HtmlEscaper.escape(text.toString(), library);
                    factory.encode(text.toString(), page);
                } else {
                    library.write(text.toString());
                    page.write(text.toString());
                }
            }
            ByteBuffer bytes = page.bytes();
            assertArrayEquals(library.toString().getBytes(StandardCharsets.UTF_8),
                    Arrays.copyOfRange(bytes.array(), 0, bytes.limit()));
        }
    }

    private static String escaped(String value) throws IOException {
        StringWriter out = new StringWriter();
        TemplateFactory.escape(value, out);
        return out.toString();
    }
}
