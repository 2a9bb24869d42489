package io.github.paperdigest.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The templates' factory. It escapes a {@code {{value}}} as Mustache.java 0.9.14's own escaper does, character for
 * character (control characters up to CR as numeric references, and {@code & < > " ' = `}), but writing the clean
 * runs of the text itself instead of copying every value into a new array first. Escaping was the largest part of
 * rendering at 100,000 papers, and its copies a thirtieth of everything the build allocated.
 */
final class TemplateFactory extends DefaultMustacheFactory {

    private final TemplateIncludes includes;

    /** A factory whose templates' inclusions are checked against {@code theme}, where each is written. */
    TemplateFactory(MustacheResolver resolver, Theme theme) {
        super(resolver);
        this.includes = new TemplateIncludes(theme);
    }

    /**
     * Checks each {@code {{> partial}}} as it is parsed, where the template and line that write it are known: the
     * partial's path is the one Mustache.java reads, from the including template's folder, with its extension.
     */
    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                String file = tc.file();
                int dot = file.lastIndexOf('.');
                String folder = file.substring(0, file.lastIndexOf('/') + 1);
                includes.check(file, tc.line(), variable,
                        resolvePartialPath(folder, variable, dot < 0 ? "" : file.substring(dot)));
                super.partial(tc, variable, indent);
            }

            @Override
            public void extend(TemplateContext tc, String variable, Mustache mustache) {
                includes.checkExtension(tc.file(), tc.line(), variable, mustache.getCodes());
                super.extend(tc, variable, mustache);
            }
        };
    }

    @Override
    public void encode(String value, Writer writer) {
        if (writer instanceof Utf8BufferWriter page) {
            // a page's writer escapes and encodes in one pass over the value, not one to find the clean runs and
            // another to encode them
            page.writeEscaped(value, ASCII_REFERENCES);
            return;
        }
        try {
            escape(value, writer);
        } catch (IOException e) {
            throw new MustacheException("Failed to encode value: " + value, e);
        }
    }

    static void escape(String value, Writer writer) throws IOException {
        int clean = 0;
        for (int i = 0; i < value.length(); i++) {
            String reference = reference(value.charAt(i));
            if (reference != null) {
                writer.write(value, clean, i - clean);
                writer.write(reference);
                clean = i + 1;
            }
        }
        writer.write(value, clean, value.length() - clean);
    }

    /** Tab, line feed and carriage return among them. */
    private static final List<String> CONTROLS = IntStream.rangeClosed(0, '\r').mapToObj(c -> "&#" + c + ";").toList();

    /** {@link #reference} of each ASCII character, as ASCII bytes. */
    private static final byte[][] ASCII_REFERENCES = IntStream.range(0, 0x80)
            .mapToObj(c -> reference((char) c) == null ? null : reference((char) c).getBytes(StandardCharsets.US_ASCII))
            .toArray(byte[][]::new);

    /** The character reference a character is written as, or null when it is written as it is. */
    private static String reference(char c) {
        if (c > '`') {
            return null;
        }
        if (c < CONTROLS.size()) {
            return CONTROLS.get(c);
        }
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            case '=' -> "&#61;";
            case '`' -> "&#96;";
            default -> null;
        };
    }
}
