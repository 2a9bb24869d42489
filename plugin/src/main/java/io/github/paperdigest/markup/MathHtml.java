package io.github.paperdigest.markup;

import io.github.paperdigest.model.TexMath;
import java.util.function.UnaryOperator;

/**
 * Text as HTML with its TeX formulas marked for the theme's math.js: each formula is a
 * {@code <span class="math">} holding its source, delimiters included, so that without JavaScript, or where
 * KaTeX cannot render it, the reader sees the TeX as the digest gave it. The script renders one formula at a
 * time. A dollar the text escapes outside its formulas is a dollar ({@link TexMath#plain}). Markdown marks its
 * formulas as it renders ({@link TexMathSpans}); this is for text that is not Markdown: titles, abstracts, and notes
 * given as plain text.
 */
public final class MathHtml {

    private MathHtml() {
    }

    /** Plain text (a title) as escaped HTML, formulas marked. */
    public static String of(String text) {
        return of(text, Html::escape);
    }

    /** Prose (an abstract) as HTML with its URLs linked, formulas marked. */
    public static String prose(String text, ProseFormatter prose) {
        return of(text, prose::toHtml);
    }

    private static String of(String text, UnaryOperator<String> plain) {
        if (!TexMath.has(text)) {
            return plain.apply(TexMath.plain(text));
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (TexMath.Piece piece : TexMath.split(text)) {
            if (piece.math()) {
                out.append("<span class=\"math").append(piece.display() ? " display" : "").append("\">")
                        .append(Html.escape(piece.text())).append("</span>");
            } else {
                out.append(plain.apply(TexMath.plain(piece.text())));
            }
        }
        return out.toString();
    }
}
