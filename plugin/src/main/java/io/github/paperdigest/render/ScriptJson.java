package io.github.paperdigest.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON written inside a script the site's pages load with a {@code <script>} tag: compact, UTF-8, with JSON's
 * escapes plus the two line separators that JavaScript engines before ES2019 do not accept inside string literals,
 * and {@code <} so that no {@code </script>} can ever appear should the script be inlined.
 */
final class ScriptJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ScriptJson() {
    }

    /** A generator writing to the stream, which it leaves open when closed. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setCharacterEscapes(new ScriptSafeEscapes());
        return json;
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '\u2028' -> new SerializedString("\\u2028");
                case '\u2029' -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
