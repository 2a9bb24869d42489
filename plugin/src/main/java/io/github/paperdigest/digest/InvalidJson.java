package io.github.paperdigest.digest;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What a digest's JSON parser says of a file or line that is not JSON, with the fix where the mistake is a known one:
 * single quotes, as Python prints a dict or a list ({@code {'title': …}}), which a crawler that writes {@code str(record)}
 * instead of {@code json.dumps(record)} leaves in every line.
 */
final class InvalidJson {

    private InvalidJson() {
    }

    static String problem(JsonProcessingException e) {
        String said = e.getOriginalMessage();
        String hint = said != null && said.contains("(''' (code 39))")
                ? "; JSON puts names and strings in double quotes: single quotes are how Python prints a dict"
                        + " (str(record)), so write the file with json.dumps(record)"
                : "";
        return "not valid JSON: " + said + hint;
    }
}
