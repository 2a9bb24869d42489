package io.github.paperdigest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What tests read of a site's {@code papers.json}: a paper by its slug, and an array of strings. */
public final class ExportedPapers {

    private ExportedPapers() {
    }

    /** The paper of {@code papers} (the export's {@code papers} array) whose slug is {@code slug}. */
    public static JsonNode paper(JsonNode papers, String slug) {
        for (JsonNode paper : papers) {
            if (paper.path("slug").asText().equals(slug)) {
                return paper;
            }
        }
        throw new AssertionError("papers.json has no paper " + slug + ": " + papers);
    }

    /** The texts of a JSON array, in its order. */
    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
